-- placed_at as a timestamptz, the type a Django DateTimeField has on PostgreSQL (the text is UTC).
ALTER TABLE orders ALTER COLUMN placed_at TYPE timestamptz USING placed_at::timestamp AT TIME ZONE 'UTC';
