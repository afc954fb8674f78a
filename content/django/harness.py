"""The harness that runs one Django ORM example, shared by scripts/orm_check.py (CPython: recording and
checking) and the browser's Python (src/runners/python/pyodide_run.py, in Pyodide): there is one way to
run an example, so the page's Run Python shows what the check verified.

    setup_django()
    copies = SqliteCopies(load_template(dataset_sql))
    run = run_code(code, filename, copies)   # run.queries, run.output, run.exception

An example runs as a script, as in `manage.py shell`, on a fresh copy of the dataset; every query
Django sends is captured with the rows the database returned for it (content/django/README.md).
"""

import contextlib
import io
import re
import sqlite3
import traceback

import django
from django.db import connection
from django.db.backends.utils import CursorDebugWrapper
from django.db.models import QuerySet
from json_values import json_value  # noqa: F401  (orm_check.py imports it from here)

# Exceptions that mean an example's code is broken, never something it demonstrates.
CODE_MISTAKES = (SyntaxError, NameError, ImportError)




class RowRecordingCursor(CursorDebugWrapper):
    """Django's debug cursor (the one captured_queries() turns on), which also stores, in the
    queries_log entry of each query, the columns and rows SQLite returned, or SQLite's error. It reads
    every row as soon as the query has run and serves Django's fetches from that copy."""

    def __init__(self, cursor, db):
        super().__init__(cursor, db)
        self._rows = []

    def execute(self, sql, params=None):
        try:
            super().execute(sql, params)
        except Exception as error:
            entry = self.db.queries_log[-1]
            entry["error"] = str(error)
            if entry["sql"] is None:
                # A query Django refused to send (TransactionManagementError in a broken atomic
                # block): psycopg2 has no text of it, so it is recorded as SQLite's backend does.
                entry["sql"] = self.cursor.mogrify(sql, params).decode()
            raise
        if getattr(self.cursor, "name", None):
            # A server-side cursor (PostgreSQL's `.iterator()`): its columns are known once rows are
            # fetched; reading them all at once does not change the SQL Django sent (DECLARE …).
            self._rows = self.cursor.fetchall()
        description = self.cursor.description
        if description and sql.lstrip().upper().startswith("ALTER TABLE"):
            # Python's SQLite (3.40) reports the columns of the query with which ALTER TABLE … ADD
            # COLUMN checks a CHECK constraint against the existing rows; the browser's SQLite
            # reports none, and ALTER TABLE never returns rows.
            description = None
        if not getattr(self.cursor, "name", None):
            self._rows = self.cursor.fetchall() if description else []
        if description:
            self.db.queries_log[-1]["table"] = {
                "columns": [column[0] for column in description],
                "rows": [[json_value(value, self.db.vendor) for value in row] for row in self._rows],
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
    """Django names savepoints, and server-side cursors on PostgreSQL, after the thread ("s140213_x1",
    "_django_curs_140213_sync_1"); the stored SQL must not depend on it."""
    sql = re.sub(r'"_django_curs_\d+_', '"_django_curs_1_', sql)
    return re.sub(r'"s\d+_x(\d+)"', r'"s1_x\1"', sql)


def load_template(dataset_text):
    template = sqlite3.connect(":memory:")
    template.executescript(dataset_text)
    return template


class SqliteCopies:
    """Fresh copies of the dataset in Django's in-memory SQLite database, one per example."""

    vendor = "sqlite"

    def __init__(self, template):
        self.template = template

    def fresh_copy(self):
        connection.ensure_connection()
        self.template.backup(connection.connection)  # replaces the whole database with the dataset


class ExampleRun:
    """What one example did: its queries ({"sql", "table": rows or None, "error": SQLite's message or
    None}) and what it showed."""

    def __init__(self, queries, output, exception=None, cut_lines=0):
        self.queries = queries
        self.output = output
        self.exception = exception  # what the code raised, or None
        self.cut_lines = cut_lines  # lines of output beyond the cap, not kept

    def sql_error(self):
        """SQLite's message for the first query that failed (the example may have caught it), or None."""
        return next((query["error"] for query in self.queries if query["error"]), None)

    def tables(self, up_to_the_first_error=True):
        """The rows of each query that returned rows, by default up to the first failing query: what
        sql.js shows for <id>.sql, since it stops at the first error."""
        tables = []
        for query in self.queries:
            if query["error"] and up_to_the_first_error:
                break
            if query["table"] is not None:
                tables.append(query["table"])
        return tables

    def summary(self):
        """The content of <id>.orm.json."""
        return {"queries": len(self.queries), "output": self.output.splitlines()}

    def recorded(self):
        """The content of <id>.postgresql.json: the summary, the rows of every query that returned
        rows (nothing replays them, so they are stored), and the first error a query met."""
        error = self.sql_error()
        return {**self.summary(), "tables": self.tables(up_to_the_first_error=False), **({"error": error} if error else {})}


@contextlib.contextmanager
def captured_queries():
    """The queries Django sends in the block (each connection.queries_log entry), captured as
    django.test.utils.CaptureQueriesContext captures them: importing that module imports the test
    client and most of Django, 1.4 s of the browser's start."""
    queries = []
    forced = connection.force_debug_cursor
    connection.force_debug_cursor = True
    connection.ensure_connection()
    start = len(connection.queries_log)
    try:
        yield queries
    finally:
        connection.force_debug_cursor = forced
        queries.extend(list(connection.queries_log)[start:])


def run_code(code, filename, copies, output_limit=None):
    """Runs an example's code (as the file `filename`) on a fresh copy of the dataset (SqliteCopies, or
    orm_check.py's PostgresCopies) and captures what it did. An exception the code raises is caught:
    its last traceback line ends the output, unless it is a code mistake (CODE_MISTAKES), which the
    caller reports; either way it is in `run.exception`. With `output_limit`, the printed output is
    cut to at most that many characters, at the end of a line, and `run.cut_lines` counts the lines cut."""
    copies.fresh_copy()
    connection.queries_log.clear()
    connection.clean_savepoints()  # savepoints are numbered per example ("s1_x1"), not per process
    connection._named_cursor_idx = 0  # so are PostgreSQL's server-side cursors ("…_sync_1")
    namespace = {"__name__": "__main__", "__file__": filename}
    shown = io.StringIO()
    exception = None
    with captured_queries() as captured, contextlib.redirect_stdout(shown):
        try:
            exec(compile(code, filename, "exec"), namespace)
            if "result" in namespace:
                result = namespace["result"]
                if isinstance(result, QuerySet):
                    len(result)  # evaluates it (all rows), as code that uses it would
                print(repr(result))
        except Exception as error:  # noqa: BLE001  (the exception may be the example's point)
            exception = error
            if not isinstance(error, CODE_MISTAKES):
                print(traceback.format_exception_only(type(error), error)[-1].strip())
    queries = [
        {"sql": stable_savepoint_names(q["sql"]), "table": q.get("table"), "error": q.get("error")}
        for q in captured
    ]
    output, cut_lines = shown.getvalue(), 0
    if output_limit is not None and len(output) > output_limit:
        # Printed output is kept whole while the code runs (a write per print is the cheapest) and
        # cut afterwards: a reader's loop of a million prints must not fill the page.
        end = output.rfind("\n", 0, output_limit) + 1 or output_limit  # at the end of a line
        output, cut_lines = output[:end], len(output[end:].splitlines())
    return ExampleRun(queries, output, exception, cut_lines)


def traceback_in(exception, filename):
    """The traceback of an exception trimmed to the reader's code: the frames in `filename` (none of
    Django's), then the exception itself."""
    frames = [frame for frame in traceback.extract_tb(exception.__traceback__) if frame.filename == filename]
    lines = traceback.format_list(frames)
    return "".join(["Traceback (most recent call last):\n", *lines] if lines else []) + "".join(
        traceback.format_exception_only(type(exception), exception)
    )


def line_in(exception, filename):
    """The line of the reader's code where an exception arose (its last frame there), or None."""
    if isinstance(exception, SyntaxError) and exception.filename == filename:
        return exception.lineno
    lines = [frame.lineno for frame in traceback.extract_tb(exception.__traceback__) if frame.filename == filename]
    return lines[-1] if lines else None
