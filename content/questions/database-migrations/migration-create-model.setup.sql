-- The table where Django records which migrations have run (created by the first migrate).
CREATE TABLE django_migrations (
  id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
  app TEXT NOT NULL,
  name TEXT NOT NULL,
  applied TEXT NOT NULL
);
INSERT INTO django_migrations (app, name, applied) VALUES ('library', '0001_initial', '2026-01-02 10:00:00');
