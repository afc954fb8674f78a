-- The index that keyset pagination on (created_at, id), newest first, relies on.
CREATE INDEX order_newest_idx ON shop_order (created_at DESC, id DESC);
