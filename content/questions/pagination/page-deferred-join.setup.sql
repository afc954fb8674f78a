-- The index a keyset or a deep offset on this sort needs. Its entries hold placed_at and the rowid (id).
CREATE INDEX orders_placed_at ON orders (placed_at);
