"""How a database value is stored as JSON in the recorded files (<id>.expected.json, .postgresql.json,
.pg.expected.json): one rule for the ORM harness (harness.py) and the PostgreSQL examples'
check (scripts/pg_check.py). No Django import, so pg_check.py runs without Django."""

import datetime
import decimal


def json_value(value, vendor="sqlite"):
    """A value as JSON. On SQLite, as SQLite stores it and sql.js reports it, before Django's SQLite
    backend turned it into a bool, date or datetime (it registers converters for those declared
    column types). On PostgreSQL, as psycopg2 returned it: booleans stay booleans, datetimes keep
    their offset ("2025-01-31 09:15:00+00:00"), a numeric keeps its digits."""
    if isinstance(value, bool):
        return value if vendor == "postgresql" else int(value)
    if isinstance(value, datetime.datetime):
        return str(value)  # Django stores datetimes as str(value) on SQLite: "2025-01-31 09:15:00"
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return int(value) if value == value.to_integral_value() else str(value)  # str: no float rounding
    if isinstance(value, datetime.timedelta):
        return str(value)
    if isinstance(value, (bytes, memoryview)):
        return {"blob": bytes(value).hex()}
    return value
