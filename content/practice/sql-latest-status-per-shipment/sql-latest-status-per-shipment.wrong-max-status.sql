-- MAX(status) is the alphabetically last status, unrelated to the time of the event.
SELECT s.tracking_code, MAX(e.status) AS status, MAX(e.recorded_at) AS recorded_at
FROM shipments AS s
LEFT JOIN shipment_events AS e ON e.shipment_id = s.id
GROUP BY s.id, s.tracking_code
ORDER BY s.tracking_code;
