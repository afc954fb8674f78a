-- The date in one named time zone is immutable: accepted.
CREATE INDEX orders_day_utc ON orders (((placed_at AT TIME ZONE 'UTC')::date));
-- The date in the session's time zone is not: refused.
CREATE INDEX orders_day ON orders ((placed_at::date));
