# Settings of the handbook's Django project: the shop and blog models every Django ORM question uses.
# scripts/orm_check.py runs each example against an in-memory SQLite database loaded with
# content/datasets/shop.sql, so there is no database file and no migrations to apply. With
# --database postgresql it starts a throwaway PostgreSQL server and names its socket directory in
# HANDBOOK_POSTGRES_SOCKET; the check then points NAME at a fresh database for each example.
import os

INSTALLED_APPS = ["shop", "blog"]
if os.environ.get("HANDBOOK_POSTGRES_SOCKET"):
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.postgresql",
            "HOST": os.environ["HANDBOOK_POSTGRES_SOCKET"],
            "USER": "postgres",
            "NAME": "postgres",
        }
    }
else:
    DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
# What `startproject` generates: datetimes are stored in UTC.
USE_TZ = True
TIME_ZONE = "UTC"
