-- Parcels a web shop sent, and the tracking events the carriers reported for them. Used by the
-- practice problem on the latest status of each shipment. Awkward rows: a shipment with no
-- event yet, a failed delivery as the latest news. Events are stored in the order the carriers'
-- feeds delivered them (id), which is usually, not always, the order they happened (recorded_at).
CREATE TABLE shipments (
  id INTEGER PRIMARY KEY,
  tracking_code TEXT NOT NULL UNIQUE,
  carrier TEXT NOT NULL,
  created_at TEXT NOT NULL  -- 'YYYY-MM-DD HH:MM', UTC
);

CREATE TABLE shipment_events (
  id INTEGER PRIMARY KEY,   -- the order the events arrived in
  shipment_id INTEGER NOT NULL REFERENCES shipments (id),
  status TEXT NOT NULL,     -- label_created, picked_up, in_transit, out_for_delivery, delivered, delivery_failed
  recorded_at TEXT NOT NULL -- when the carrier scanned the parcel, 'YYYY-MM-DD HH:MM', UTC
);

INSERT INTO shipments (id, tracking_code, carrier, created_at) VALUES
  (1, 'PX-1001', 'ParcelExpress', '2026-03-02 08:55'),
  (2, 'PX-1002', 'ParcelExpress', '2026-03-02 10:10'),
  (3, 'SW-2001', 'SwiftPost', '2026-03-03 07:50'),
  (4, 'SW-2002', 'SwiftPost', '2026-03-04 13:45'),
  (5, 'PX-1003', 'ParcelExpress', '2026-03-05 17:20');  -- no event yet

INSERT INTO shipment_events (id, shipment_id, status, recorded_at) VALUES
  (1, 1, 'label_created', '2026-03-02 09:00'),
  (2, 1, 'picked_up', '2026-03-02 16:30'),
  (3, 2, 'label_created', '2026-03-02 10:15'),
  (4, 1, 'in_transit', '2026-03-03 06:10'),
  (5, 3, 'label_created', '2026-03-03 08:00'),
  (6, 2, 'picked_up', '2026-03-03 12:00'),
  (7, 1, 'delivered', '2026-03-04 11:45'),
  (8, 3, 'picked_up', '2026-03-04 09:20'),
  (9, 4, 'label_created', '2026-03-04 14:00'),
  (10, 2, 'in_transit', '2026-03-04 18:05'),
  (11, 3, 'in_transit', '2026-03-05 07:30'),
  (12, 3, 'delivery_failed', '2026-03-05 15:10'),
  (13, 4, 'picked_up', '2026-03-05 16:00');
