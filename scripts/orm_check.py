"""Runs every Django ORM example with real Django and compares it with what its page shows.

    python3 scripts/orm_check.py           check; exit 1 on any mismatch
    python3 scripts/orm_check.py --update  rewrite, from what Django does now: each example's <id>.sql
                                           and <id>.orm.json, the schema part of the shop dataset and
                                           content/django/django-version.txt

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
"""

import contextlib
import datetime
import difflib
import io
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
DATASET_FILE = ROOT / "content" / "datasets" / "shop.sql"
QUESTIONS_DIR = ROOT / "content" / "questions"
SCHEMA_START = "-- BEGIN SCHEMA:"
SCHEMA_END = "-- END SCHEMA"

sys.path.insert(0, str(DJANGO_PROJECT))
os.environ["DJANGO_SETTINGS_MODULE"] = "settings"

import django  # noqa: E402  (needs the settings above)
import sqlparse  # noqa: E402  (installed with Django)
from django.apps import apps  # noqa: E402
from django.db import connection  # noqa: E402
from django.db.backends.utils import CursorDebugWrapper  # noqa: E402
from django.db.models import QuerySet  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

# Exceptions that mean an example's code is broken, never something it demonstrates.
CODE_MISTAKES = (SyntaxError, NameError, ImportError)


class RowRecordingCursor(CursorDebugWrapper):
    """Django's debug cursor (the one CaptureQueriesContext listens to), which also stores, in the
    queries_log entry of each query, the columns and rows SQLite returned, or SQLite's error. It reads
    every row as soon as the query has run and serves Django's fetches from that copy."""

    def __init__(self, cursor, db):
        super().__init__(cursor, db)
        self._rows = []

    def execute(self, sql, params=None):
        try:
            super().execute(sql, params)
        except Exception as error:
            self.db.queries_log[-1]["error"] = str(error)
            raise
        description = self.cursor.description
        if description and sql.lstrip().upper().startswith("ALTER TABLE"):
            # Python's SQLite (3.40) reports the columns of the query with which ALTER TABLE … ADD
            # COLUMN checks a CHECK constraint against the existing rows; the browser's SQLite
            # reports none, and ALTER TABLE never returns rows.
            description = None
        self._rows = self.cursor.fetchall() if description else []
        if description:
            self.db.queries_log[-1]["table"] = {
                "columns": [column[0] for column in description],
                "rows": [[json_value(value) for value in row] for row in self._rows],
            }
        return self  # so that `cursor.execute(…).fetchall()` also reads the copy

    def executemany(self, sql, param_list):
        super().executemany(sql, param_list)
        self._rows = []
        return self

    def fetchone(self):
        return self._rows.pop(0) if self._rows else None

    def fetchmany(self, size=None):
        size = self.cursor.arraysize if size is None else size
        rows, self._rows = self._rows[:size], self._rows[size:]
        return rows

    def fetchall(self):
        rows, self._rows = self._rows, []
        return rows

    def __iter__(self):
        while self._rows:
            yield self._rows.pop(0)


def setup_django():
    django.setup()
    # Every cursor Django opens while queries are captured is a RowRecordingCursor.
    connection.make_debug_cursor = lambda cursor: RowRecordingCursor(cursor, connection)


def json_value(value):
    """A value as SQLite stores it and sql.js reports it, before Django's SQLite backend turned it into
    a bool, date or datetime (it registers converters for those declared column types)."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, datetime.datetime):
        return str(value)  # Django stores datetimes as str(value): "2025-01-31 09:15:00"
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    if isinstance(value, bytes):
        return {"blob": value.hex()}
    return value


# --- SQL text -------------------------------------------------------------------------------------

STRING_LITERAL = re.compile(r"('(?:[^']|'')*')")
COMMENT = re.compile(r"--[^\n]*|/\*.*?\*/", re.S)


def normalise_sql(sql):
    """SQL reduced to what matters when comparing it: outside string literals, comments, whitespace,
    double quotes around identifiers and letter case are dropped."""
    parts = STRING_LITERAL.split(sql)
    for i in range(0, len(parts), 2):  # even indexes are outside string literals
        text = COMMENT.sub(" ", parts[i]).replace('"', "").lower()
        text = re.sub(r"\s+", " ", text)
        parts[i] = re.sub(r" ?([^\w\s']) ?", r"\1", text)
    return "".join(parts).strip().rstrip(";").strip()


def split_statements(script):
    """The statements of an SQL script, split where SQLite itself would (semicolons outside strings,
    comments and triggers)."""
    statements, start = [], 0
    for match in re.finditer(";", script):
        candidate = script[start : match.end()]
        if sqlite3.complete_statement(candidate):
            if normalise_sql(candidate):
                statements.append(candidate.strip())
            start = match.end()
    if normalise_sql(script[start:]):
        statements.append(script[start:].strip())
    return statements


def stable_savepoint_names(sql):
    """Django names savepoints after the thread ("s140213_x1"); the stored SQL must not depend on it."""
    return re.sub(r'"s\d+_x(\d+)"', r'"s1_x\1"', sql)


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


def load_template(dataset_text):
    template = sqlite3.connect(":memory:")
    template.executescript(dataset_text)
    return template


def foreign_key_problems(template, dataset_name):
    broken = template.execute("PRAGMA foreign_key_check").fetchall()
    return [f"{dataset_name}: row {rowid} of {table} refers to a missing {parent} row" for table, rowid, parent, _ in broken]


# --- examples -------------------------------------------------------------------------------------


class ExampleRun:
    """What one example did: its queries ({"sql", "table": rows or None, "error": SQLite's message or
    None}) and what it showed."""

    def __init__(self, queries, output):
        self.queries = queries
        self.output = output

    def sql_error(self):
        """SQLite's message for the first query that failed (the example may have caught it), or None."""
        return next((query["error"] for query in self.queries if query["error"]), None)

    def tables(self):
        """The rows of each query that returned rows, up to the first failing query: what sql.js
        shows for <id>.sql, since it stops at the first error."""
        tables = []
        for query in self.queries:
            if query["error"]:
                break
            if query["table"] is not None:
                tables.append(query["table"])
        return tables

    def summary(self):
        """The content of <id>.orm.json."""
        return {"queries": len(self.queries), "output": self.output.splitlines()}


def run_example(path, template):
    """Runs an example's script on a fresh copy of the dataset and captures what it did."""
    connection.ensure_connection()
    template.backup(connection.connection)  # replaces the whole database with the dataset
    connection.queries_log.clear()
    connection.clean_savepoints()  # savepoints are numbered per example ("s1_x1"), not per process
    namespace = {"__name__": "__main__", "__file__": str(path)}
    shown = io.StringIO()
    with CaptureQueriesContext(connection) as captured, contextlib.redirect_stdout(shown):
        try:
            exec(compile(path.read_text(encoding="utf-8"), str(path), "exec"), namespace)
            if "result" in namespace:
                result = namespace["result"]
                if isinstance(result, QuerySet):
                    len(result)  # evaluates it (all rows), as code that uses it would
                print(repr(result))
        except CODE_MISTAKES:
            raise
        except Exception as error:  # noqa: BLE001  (the exception is the example's point)
            print(traceback.format_exception_only(type(error), error)[-1].strip())
    queries = [
        {"sql": stable_savepoint_names(q["sql"]), "table": q.get("table"), "error": q.get("error")}
        for q in captured.captured_queries
    ]
    return ExampleRun(queries, shown.getvalue())


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


def example_files(path):
    stem = path.with_suffix("")
    return {
        "sql": Path(f"{stem}.sql"),
        "expected": Path(f"{stem}.expected.json"),
        "summary": Path(f"{stem}.orm.json"),
    }


def check_example(path, template, compare_sql):
    """Everything that differs between an example's stored files and what Django does; [] if none."""
    run = run_example(path, template)
    files = example_files(path)
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


def update_example(path, template):
    """Rewrites an example's <id>.sql and <id>.orm.json; returns the problems that prevented it."""
    run = run_example(path, template)
    if not run.queries:
        return [f"{relative(path)}: ran no query; an ORM example shows the SQL Django sends"]
    files = example_files(path)
    write_if_changed(files["sql"], sql_file_text(run.queries))
    write_if_changed(files["summary"], json.dumps(run.summary(), indent=2, ensure_ascii=False) + "\n")
    return []


def find_examples(questions_dir):
    return sorted(questions_dir.glob("*/*.py"))


def main(update):
    started = time.monotonic()
    setup_django()
    installed = django.get_version()
    dataset_name = relative(DATASET_FILE)
    dataset_problems = []

    if update:
        dataset_text = with_schema(DATASET_FILE.read_text(encoding="utf-8"), django_schema())
        write_if_changed(DATASET_FILE, dataset_text)
        write_if_changed(VERSION_FILE, installed + "\n")
        compare_sql = True
    else:
        dataset_text = DATASET_FILE.read_text(encoding="utf-8")
        stored = VERSION_FILE.read_text(encoding="utf-8").strip() if VERSION_FILE.exists() else "(none)"
        compare_sql = installed.split(".")[:2] == stored.split(".")[:2]
        if compare_sql:
            dataset_problems += schema_problems(dataset_text, dataset_name)
        else:
            print(f"orm: Django {installed} is installed, the stored SQL is from Django {stored}: comparing rows only")

    template = load_template(dataset_text)
    dataset_problems += foreign_key_problems(template, dataset_name)
    problems = list(dataset_problems)
    examples = find_examples(QUESTIONS_DIR)
    failed = 0
    for path in examples:
        try:
            found = update_example(path, template) if update else check_example(path, template, compare_sql)
        except CODE_MISTAKES:
            found = [f"{relative(path)}: the example's code fails\n{traceback.format_exc()}"]
        failed += bool(found)
        problems += found

    for problem in problems:
        print(f"✗ {problem}", file=sys.stderr)
    seconds = time.monotonic() - started
    print(f"ran {len(examples)} Django ORM examples with Django {installed} in {seconds:.2f} s")
    if not update:
        print(f"orm: {len(examples) - failed} passed, {failed + bool(dataset_problems)} failed")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(update="--update" in sys.argv[1:]))
