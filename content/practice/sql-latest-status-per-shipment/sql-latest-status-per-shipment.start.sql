-- shipments(id, tracking_code, carrier, created_at)
-- shipment_events(id, shipment_id, status, recorded_at)
SELECT s.tracking_code, e.id, e.status, e.recorded_at
FROM shipments AS s
LEFT JOIN shipment_events AS e ON e.shipment_id = s.id
ORDER BY s.tracking_code, e.recorded_at;
