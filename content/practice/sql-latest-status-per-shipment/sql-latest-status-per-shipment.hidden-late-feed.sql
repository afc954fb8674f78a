-- SwiftPost resends SW-2002's label scan, and PX-1003's first scan arrives.
INSERT INTO shipment_events (id, shipment_id, status, recorded_at) VALUES
  (14, 4, 'label_created', '2026-03-04 14:00'),
  (15, 5, 'label_created', '2026-03-05 17:25');
