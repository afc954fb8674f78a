-- Joining back on the latest recorded_at returns every event recorded at that time, so a tie gives a shipment two rows.
SELECT s.tracking_code, e.status, e.recorded_at
FROM shipments AS s
LEFT JOIN (
  SELECT shipment_id, MAX(recorded_at) AS latest FROM shipment_events GROUP BY shipment_id
) AS m ON m.shipment_id = s.id
LEFT JOIN shipment_events AS e ON e.shipment_id = s.id AND e.recorded_at = m.latest
ORDER BY s.tracking_code;
