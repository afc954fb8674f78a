"""Runs every Django ORM example with real Django and compares it with what its page shows.

    python3 scripts/orm_check.py           check; exit 1 on any mismatch
    python3 scripts/orm_check.py --update  rewrite, from what Django does now: each example's <id>.sql
                                           and <id>.orm.json, the schema part of the shop dataset,
                                           content/django/django-version.txt and sqlite-version.txt
    python3 scripts/orm_check.py --database postgresql [--update]
                                           the same examples, the same way, on a throwaway PostgreSQL
                                           server (scripts/pg_server.py): <id>.postgresql.sql and
                                           <id>.postgresql.json, and content/postgresql-version.txt

Usually run through `npm run orm:check` / `npm run orm:update` (scripts/orm.ts), which find a Python
that has Django. The conventions are described in content/django/README.md.

An example is a script, content/questions/<slug>/<id>.py. It runs as it would in `manage.py shell`,
on a fresh in-memory copy of content/datasets/shop.sql, and every query Django sends is captured with
the rows SQLite returned for it. Then:
  - the SQL of the queries must equal <id>.sql (ignoring whitespace, identifier quotes, letter case
    and comments), when the installed Django has the major.minor of content/django/django-version.txt;
  - the rows of each query that returns rows must equal the tables of <id>.expected.json, which
    sql.js wrote by running <id>.sql: so the page's Run shows exactly what Django got;
  - the number of queries and what the script showed (its printed output, then `result` or the
    exception it raised) must equal <id>.orm.json.
On PostgreSQL the schema is what Django's schema editor creates there (as `migrate` would) and the
rows are shop.sql's, copied from SQLite (see PostgresCopies), and every table must then hold the
same rows on both; each example starts from those rows again. Nothing there runs in the browser, so
<id>.postgresql.json holds, beside the count and output, the rows Django got: the SQL (against
<id>.postgresql.sql) and that file must match.
"""

import argparse
import datetime
import difflib
import json
import os
import re
import sqlite3
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DJANGO_PROJECT = ROOT / "content" / "django"
VERSION_FILE = DJANGO_PROJECT / "django-version.txt"
# The version of each database the stored SQL and rows come from, written by --update; pages show them.
DATABASE_VERSION_FILES = {"sqlite": DJANGO_PROJECT / "sqlite-version.txt", "postgresql": ROOT / "content" / "postgresql-version.txt"}
DATASET_FILE = ROOT / "content" / "datasets" / "shop.sql"
QUESTIONS_DIR = ROOT / "content" / "questions"
SCHEMA_START = "-- BEGIN SCHEMA:"
SCHEMA_END = "-- END SCHEMA"
POSTGRES_SOCKET_VARIABLE = "HANDBOOK_POSTGRES_SOCKET"  # content/django/settings.py reads it

sys.path.insert(0, str(DJANGO_PROJECT))
os.environ["DJANGO_SETTINGS_MODULE"] = "settings"

import pg_server  # noqa: E402  (beside this file)

import django  # noqa: E402  (needs the settings above)
import sqlparse  # noqa: E402  (installed with Django)
from django.apps import apps  # noqa: E402
from django.core.management.color import no_style  # noqa: E402
from django.db import connection, transaction  # noqa: E402

# The harness that runs one example, shared with the browser's Python (content/django/harness.py).
from harness import (  # noqa: E402
    CODE_MISTAKES,
    SqliteCopies,
    json_value,
    load_template,
    normalise_sql,
    run_code,
    setup_django,
    split_statements,
)


# --- SQL text -------------------------------------------------------------------------------------


LITERAL = r"(?:-?\d+(?:\.\d+)?|'(?:[^']|'')*'|NULL)"
LITERAL_LIST = re.compile(rf"\bIN \((\s*{LITERAL}(?:\s*,\s*{LITERAL})*\s*)\)")


def format_query(sql):
    """A query laid out for reading: one selected column, join and condition per line, and a list
    of values (`IN (20, 19, 18)`) on one line; a CREATE TABLE (a migration's) as in the dataset."""
    if sql.startswith("CREATE TABLE "):
        return format_ddl(sql).rstrip(";")  # sqlparse would indent each column after the previous one
    text = sqlparse.format(sql, reindent=True)
    text = LITERAL_LIST.sub(lambda match: f"IN ({', '.join(re.findall(LITERAL, match.group(1)))})", text)
    return re.sub(r"\n\s*\n", "\n", text).strip()


def sql_file_text(queries):
    """The <id>.sql of an example: its queries in order, each one numbered when there are several."""
    statements = [f"{format_query(query['sql'])};" for query in queries]
    if len(statements) == 1:
        return statements[0] + "\n"
    count = len(statements)
    return "\n\n".join(f"-- query {i} of {count}\n{text}" for i, text in enumerate(statements, 1)) + "\n"


def split_top_level(text, separator=","):
    parts, depth, start = [], 0, 0
    for i, char in enumerate(text):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char == separator and depth == 0:
            parts.append(text[start:i].strip())
            start = i + 1
    parts.append(text[start:].strip())
    return parts


def format_ddl(statement):
    """A CREATE TABLE with one column or constraint per line; other statements as Django wrote them."""
    if not statement.startswith("CREATE TABLE "):
        return statement
    head, _, rest = statement.partition(" (")
    body = rest[: rest.rindex(")")]
    return head + " (\n" + ",\n".join(f"  {part}" for part in split_top_level(body)) + "\n);"


# --- the dataset and its schema -------------------------------------------------------------------


def django_schema():
    """The statements Django's schema editor runs to create every model's table and indexes (what
    `migrate` does for these models), collected instead of run."""
    with connection.schema_editor(collect_sql=True, atomic=False) as editor:
        for model in apps.get_models():
            editor.create_model(model)  # also creates the tables of its many-to-many fields
    return editor.collected_sql


def schema_of(script):
    """Every table, index and trigger a script creates, as normalised SQL, for comparison."""
    db = sqlite3.connect(":memory:")
    db.executescript(script)
    rows = db.execute("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL").fetchall()
    db.close()
    return sorted(f"{kind} {name}: {normalise_sql(sql)}" for kind, name, sql in rows)


def schema_problems(dataset_text, dataset_name):
    """Why the dataset's tables are not exactly Django's, or why its rows do not load; [] if sound."""
    try:
        actual = schema_of(dataset_text)
    except sqlite3.Error as error:
        return [f"{dataset_name}: does not load in SQLite: {error}"]
    expected = schema_of("\n".join(django_schema()))
    if actual == expected:
        return []
    diff = difflib.unified_diff(expected, actual, "what Django creates", dataset_name, lineterm="", n=0)
    return [
        f"{dataset_name}: its tables differ from what Django creates for content/django/*/models.py"
        f" (npm run orm:update rewrites its schema part)\n" + "\n".join(diff)
    ]


def with_schema(dataset_text, statements):
    """The dataset with the part between its schema markers replaced by `statements`."""
    start = dataset_text.index(SCHEMA_START)
    start = dataset_text.index("\n", start) + 1
    end = dataset_text.index(SCHEMA_END)
    # A blank line after each table; its indexes, which Django creates last, one per line.
    schema = "".join(format_ddl(s) + ("\n\n" if s.startswith("CREATE TABLE ") else "\n") for s in statements)
    return dataset_text[:start] + schema + dataset_text[end:]


def foreign_key_problems(template, dataset_name):
    broken = template.execute("PRAGMA foreign_key_check").fetchall()
    return [f"{dataset_name}: row {rowid} of {table} refers to a missing {parent} row" for table, rowid, parent, _ in broken]


class PostgresCopies:
    """Fresh copies of the dataset on a PostgreSQL server, in one database: before each example every
    table is emptied and refilled with the dataset's rows, and the sequences reset; when an example
    changed the schema (a migration), the schema is first created again. That takes ~15 ms, where
    CREATE DATABASE … TEMPLATE took 330 ms here (it copies ~8 MB and checkpoints twice)."""

    vendor = "postgresql"
    DATABASE = "shop"

    # The schema's shape: tables, indexes, sequences and their columns, and constraints.
    SCHEMA_SHAPE = """
        SELECT c.relname, c.relkind, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull
        FROM pg_class c LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
        WHERE c.relnamespace = 'public'::regnamespace
        UNION ALL
        SELECT conname, 'constraint', pg_get_constraintdef(oid), NULL, NULL
        FROM pg_constraint WHERE connamespace = 'public'::regnamespace
        ORDER BY 1, 2, 3"""

    def __init__(self, server, sqlite_template, database=DATABASE):
        import psycopg2

        admin = psycopg2.connect(**server.connect_args("postgres"))
        admin.autocommit = True  # CREATE DATABASE cannot run in a transaction
        admin.cursor().execute(f"CREATE DATABASE {database}")
        admin.close()
        connection.close()
        connection.settings_dict["NAME"] = database
        self.tables = [name for (name,) in sqlite_template.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        self.create_schema()
        with connection.cursor() as cursor:
            cursor.execute(self.SCHEMA_SHAPE)
            self.shape = cursor.fetchall()
            self.rows_sql = "".join(insert_rows_sql(sqlite_template, cursor, table) for table in self.tables)
        self.reset_sql = "".join(f"{statement}\n" for statement in connection.ops.sequence_reset_sql(no_style(), apps.get_models(include_auto_created=True)))

    def create_schema(self):
        """The tables and indexes Django's schema editor creates for the models, as `migrate` would."""
        with connection.cursor() as cursor:
            cursor.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public")
        with connection.schema_editor() as editor:
            for model in apps.get_models():
                editor.create_model(model)

    def fresh_copy(self):
        # The same connection throughout, as in a Django process: a new one would start with cold
        # catalog caches, which makes the first statements ten times slower.
        with connection.cursor() as cursor:
            cursor.execute(self.SCHEMA_SHAPE)
            if cursor.fetchall() != self.shape:
                self.create_schema()
        deletes = "".join(f'DELETE FROM "{table}";\n' for table in self.tables)  # TRUNCATE is 10 times slower here
        # One transaction: the foreign keys are deferred, so the tables can be filled in any order.
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(deletes + self.rows_sql + self.reset_sql)

    def rows(self, table):
        """A table's rows as the dataset problems compare them."""
        with connection.cursor() as cursor:
            cursor.execute(f'SELECT * FROM "{table}" ORDER BY 1')
            return [[comparable(value) for value in row] for row in cursor.fetchall()]


def load_shop_on_postgresql(server, database):
    """Creates `database` on the server with the shop dataset as this check loads it there (Django's
    schema for the models, shop.sql's rows). scripts/pg_check.py copies it for the <PgExample>s of
    the ORM pages, so their SQL runs on the very tables and rows Django's queries ran on."""
    os.environ[POSTGRES_SOCKET_VARIABLE] = server.socket_dir  # settings.py reads it
    setup_django()
    PostgresCopies(server, load_template(DATASET_FILE.read_text(encoding="utf-8")), database).fresh_copy()
    connection.close()  # a database is copied only while nobody is connected to it


def insert_rows_sql(sqlite_template, cursor, table):
    """An INSERT of a table's rows, read from the SQLite copy of the dataset, for PostgreSQL. The
    dataset's SQL is SQLite's: booleans are 0/1, which PostgreSQL rejects for a boolean column, so
    the values are passed to psycopg2 as parameters, Python booleans for the boolean columns."""
    result = sqlite_template.execute(f'SELECT * FROM "{table}"')
    columns = [column[0] for column in result.description]
    rows = result.fetchall()
    if not rows:
        return ""
    cursor.execute("SELECT column_name FROM information_schema.columns WHERE table_name = %s AND data_type = 'boolean'", [table])
    booleans = {name for (name,) in cursor.fetchall()}
    names = ", ".join(f'"{column}"' for column in columns)
    values = ",\n".join(
        cursor.cursor.mogrify(
            "(" + ", ".join(["%s"] * len(columns)) + ")",
            [bool(value) if column in booleans else value for column, value in zip(columns, row)],
        ).decode()
        for row in rows
    )
    return f'INSERT INTO "{table}" ({names}) VALUES\n{values};\n'


def comparable(value):
    """A value reduced to how SQLite stores it, to compare a table's rows across the two databases."""
    if isinstance(value, datetime.datetime):
        if value.utcoffset():
            raise ValueError(f"a datetime that is not UTC: {value}")
        return str(value.replace(tzinfo=None))
    return json_value(value)


def postgres_data_problems(copies, sqlite_template, dataset_name):
    """Where the dataset's rows on PostgreSQL differ from the same rows on SQLite; [] if identical."""
    problems = []
    copies.fresh_copy()
    for table in copies.tables:
        expected = [[comparable(value) for value in row] for row in sqlite_template.execute(f'SELECT * FROM "{table}" ORDER BY 1')]
        actual = copies.rows(table)
        if actual != expected:
            lines = diff([json.dumps(row) for row in expected], [json.dumps(row) for row in actual], "SQLite", "PostgreSQL")
            problems.append(f"{dataset_name}: table {table} loads differently on PostgreSQL\n{lines}")
    return problems


# --- examples -------------------------------------------------------------------------------------


def recorded_text(record):
    """<id>.postgresql.json with one output line and one row per line, so that a diff shows which changed."""
    def items(values, indent):
        return "[]" if not values else "[\n" + ",\n".join(indent + "  " + v for v in values) + "\n" + indent + "]"

    tables = [
        f'{{\n      "columns": {json.dumps(t["columns"], ensure_ascii=False)},\n'
        f'      "rows": {items([json.dumps(row, ensure_ascii=False) for row in t["rows"]], "      ")}\n    }}'
        for t in record["tables"]
    ]
    parts = [
        f'  "queries": {record["queries"]}',
        f'  "output": {items([json.dumps(line, ensure_ascii=False) for line in record["output"]], "  ")}',
        f'  "tables": {items(tables, "  ")}',
    ]
    if "error" in record:
        parts.append(f'  "error": {json.dumps(record["error"], ensure_ascii=False)}')
    return "{\n" + ",\n".join(parts) + "\n}\n"


def run_example(path, copies):
    """Runs an example's script through the harness; a code mistake (SyntaxError, …) is raised."""
    run = run_code(path.read_text(encoding="utf-8"), str(path), copies)
    if isinstance(run.exception, CODE_MISTAKES):
        raise run.exception
    return run


def read_json(path):
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else None


def relative(path):
    return os.path.relpath(path, ROOT)


def table_lines(tables):
    lines = []
    for i, table in enumerate(tables, 1):
        lines.append(f"-- table {i}: {' | '.join(table['columns'])}")
        lines.extend(json.dumps(row, ensure_ascii=False) for row in table["rows"])
    return lines


def diff(stored, actual, stored_name, actual_name):
    return "\n".join(difflib.unified_diff(stored, actual, stored_name, actual_name, lineterm=""))


def example_files(path, vendor="sqlite"):
    stem = path.with_suffix("")
    if vendor == "postgresql":
        return {"sql": Path(f"{stem}.postgresql.sql"), "recorded": Path(f"{stem}.postgresql.json")}
    return {
        "sql": Path(f"{stem}.sql"),
        "expected": Path(f"{stem}.expected.json"),
        "summary": Path(f"{stem}.orm.json"),
    }


def recorded_problems(name, files, run, compare_sql):
    """How <id>.postgresql.json differs from what Django did; only the rows and the error when the
    SQL is not compared (another Django version)."""
    keys = ("queries", "output", "tables", "error") if compare_sql else ("tables", "error")
    stored = read_json(files["recorded"])
    if stored is None:
        return [f"{name}: no {relative(files['recorded'])} (run: npm run orm:update)"]
    stored_part = {key: stored.get(key) for key in keys}
    actual_part = {key: run.recorded().get(key) for key in keys}
    if stored_part == actual_part:
        return []
    return [
        f"{name}: what Django got on PostgreSQL differs from {relative(files['recorded'])}\n"
        + diff(files["recorded"].read_text(encoding="utf-8").splitlines(), recorded_text(run.recorded()).splitlines(), relative(files["recorded"]), "Django")
    ]


def check_example(path, copies, compare_sql):
    """Everything that differs between an example's stored files and what Django does; [] if none."""
    run = run_example(path, copies)
    files = example_files(path, copies.vendor)
    name = relative(path)
    if not run.queries:
        return [f"{name}: ran no query; an ORM example shows the SQL Django sends"]
    problems = []
    if compare_sql:
        stored_sql = files["sql"].read_text(encoding="utf-8") if files["sql"].exists() else None
        if stored_sql is None:
            problems.append(f"{name}: no {relative(files['sql'])} (run: npm run orm:update)")
        elif [normalise_sql(s) for s in split_statements(stored_sql)] != [normalise_sql(q["sql"]) for q in run.queries]:
            problems.append(
                f"{name}: Django sends other SQL than {relative(files['sql'])}\n"
                + diff(stored_sql.splitlines(), sql_file_text(run.queries).splitlines(), relative(files["sql"]), "Django")
            )
    if copies.vendor == "postgresql":
        return problems + recorded_problems(name, files, run, compare_sql)
    if compare_sql:
        stored_summary = read_json(files["summary"])
        if stored_summary != run.summary():
            problems.append(
                f"{name}: the query count or output differs from {relative(files['summary'])}\n"
                + diff(
                    json.dumps(stored_summary, indent=2, ensure_ascii=False).splitlines(),
                    json.dumps(run.summary(), indent=2, ensure_ascii=False).splitlines(),
                    relative(files["summary"]),
                    "Django",
                )
            )
    expected = read_json(files["expected"])
    if expected is None:
        problems.append(f"{name}: no {relative(files['expected'])} (run: npm run orm:update)")
    elif "error" in expected and not run.sql_error():
        problems.append(
            f"{name}: sql.js fails on {relative(files['sql'])} ({expected['error']}) but Django's queries all"
            " succeeded: does the SQL call a function that Django's SQLite backend defines in Python"
            " (django_date_extract, django_format_dtdelta, REGEXP, …)? The browser does not have those"
        )
    elif "error" not in expected and run.sql_error():
        problems.append(
            f"{name}: a query failed under Django ({run.sql_error()}) but {relative(files['sql'])} runs without"
            f" error in sql.js (see {relative(files['expected'])})"
        )
    elif expected["tables"] != run.tables():
        problems.append(
            f"{name}: the rows Django got differ from {relative(files['expected'])}\n"
            + diff(table_lines(expected["tables"]), table_lines(run.tables()), relative(files["expected"]), "Django")
        )
    return problems


def write_if_changed(path, text):
    if path.exists() and path.read_text(encoding="utf-8") == text:
        return False
    path.write_text(text, encoding="utf-8")
    print(f"updated {relative(path)}")
    return True


def update_example(path, copies):
    """Rewrites an example's <id>.sql and <id>.orm.json (on PostgreSQL, <id>.postgresql.sql and
    <id>.postgresql.json); returns the problems that prevented it."""
    run = run_example(path, copies)
    if not run.queries:
        return [f"{relative(path)}: ran no query; an ORM example shows the SQL Django sends"]
    files = example_files(path, copies.vendor)
    write_if_changed(files["sql"], sql_file_text(run.queries))
    if copies.vendor == "postgresql":
        write_if_changed(files["recorded"], recorded_text(run.recorded()))
    else:
        write_if_changed(files["summary"], json.dumps(run.summary(), indent=2, ensure_ascii=False) + "\n")
    return []


def find_examples(questions_dir):
    return sorted(questions_dir.glob("*/*.py"))


def main(update, vendor):
    if vendor == "sqlite":
        return check_or_update(update, vendor, None)
    reason = pg_server.unavailable()
    if reason:
        return pg_server.skip("orm (PostgreSQL)", reason)
    with pg_server.throwaway_server() as server:
        os.environ[POSTGRES_SOCKET_VARIABLE] = server.socket_dir  # settings.py reads it
        return check_or_update(update, vendor, server)


def check_or_update(update, vendor, server):
    started = time.monotonic()
    setup_django()
    installed = django.get_version()
    dataset_name = relative(DATASET_FILE)
    dataset_problems = []
    on = "" if vendor == "sqlite" else " on PostgreSQL"

    if update:
        dataset_text = DATASET_FILE.read_text(encoding="utf-8")
        if vendor == "sqlite":  # the schema part is SQLite's; PostgreSQL's comes from Django itself
            dataset_text = with_schema(dataset_text, django_schema())
            write_if_changed(DATASET_FILE, dataset_text)
            write_if_changed(VERSION_FILE, installed + "\n")
        compare_sql = True
    else:
        dataset_text = DATASET_FILE.read_text(encoding="utf-8")
        stored = VERSION_FILE.read_text(encoding="utf-8").strip() if VERSION_FILE.exists() else "(none)"
        compare_sql = installed.split(".")[:2] == stored.split(".")[:2]
        if compare_sql and vendor == "sqlite":
            dataset_problems += schema_problems(dataset_text, dataset_name)
        elif not compare_sql:
            print(f"orm: Django {installed} is installed, the stored SQL is from Django {stored}: comparing rows only")

    template = load_template(dataset_text)
    dataset_problems += foreign_key_problems(template, dataset_name)
    if vendor == "sqlite":
        copies = SqliteCopies(template)
        database_version = sqlite3.sqlite_version
    else:
        copies = PostgresCopies(server, template)
        dataset_problems += postgres_data_problems(copies, template, dataset_name)
        database_version = server.version
    if update:
        write_if_changed(DATABASE_VERSION_FILES[vendor], database_version + "\n")
    loaded = time.monotonic() - started
    problems = list(dataset_problems)
    examples = find_examples(QUESTIONS_DIR)
    failed = 0
    for path in examples:
        try:
            found = update_example(path, copies) if update else check_example(path, copies, compare_sql)
        except CODE_MISTAKES:
            found = [f"{relative(path)}: the example's code fails{on}\n{traceback.format_exc()}"]
        failed += bool(found)
        problems += found

    for problem in problems:
        print(f"✗ {problem}", file=sys.stderr)
    seconds = time.monotonic() - started
    print(f"ran {len(examples)} Django ORM examples with Django {installed}{on} in {seconds:.2f} s (dataset loaded in {loaded:.2f} s)")
    if not update:
        print(f"orm{on}: {len(examples) - failed} passed, {failed + bool(dataset_problems)} failed")
    return 1 if problems else 0


if __name__ == "__main__":
    arguments = argparse.ArgumentParser(description="The Django ORM check (content/django/README.md).")
    arguments.add_argument("--update", action="store_true", help="rewrite the stored files from what Django does now")
    arguments.add_argument("--database", choices=["sqlite", "postgresql"], default="sqlite")
    options = arguments.parse_args()
    sys.exit(main(options.update, options.database))
