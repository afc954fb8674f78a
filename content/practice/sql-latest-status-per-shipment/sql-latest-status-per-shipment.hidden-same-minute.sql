-- PX-1002 goes out for delivery and is delivered, both scanned at 08:40.
INSERT INTO shipment_events (id, shipment_id, status, recorded_at) VALUES
  (14, 2, 'out_for_delivery', '2026-03-06 08:40'),
  (15, 2, 'delivered', '2026-03-06 08:40');
