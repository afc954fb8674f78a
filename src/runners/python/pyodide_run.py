"""Runs ORM examples in Pyodide through the shared harness (content/django/harness.py): imported by the
browser's worker (worker.ts) and by the Node check (scripts/orm-pyodide.ts), so the check proves what
the page shows. Django is set up on import; load_dataset() once, then run() per example."""

import json
import os

os.environ["DJANGO_SETTINGS_MODULE"] = "settings"
# Pyodide runs Python inside JavaScript's event loop, which Django's async-safety check takes for
# async code calling the ORM; every call here is synchronous.
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
# Pyodide has no time zone database: the bundle carries the one zone settings.py uses, UTC.
os.environ["PYTHONTZPATH"] = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "zoneinfo"))

import harness  # noqa: E402  (needs the settings above)

harness.setup_django()

OUTPUT_LIMIT = 20_000  # characters of printed output sent to the page
QUERY_LIMIT = 200  # queries listed with their SQL and rows (all are counted and compared)
ROW_LIMIT = 500  # rows listed per query, as the SQL runner shows

copies = None


def load_dataset(dataset_sql):
    global copies
    copies = harness.SqliteCopies(harness.load_template(dataset_sql))


def listed(query):
    table = query["table"]
    if table is not None:
        table = {"columns": table["columns"], "rows": table["rows"][:ROW_LIMIT], "rowCount": len(table["rows"])}
    return {"sql": query["sql"], "table": table, "error": query["error"]}


def run(code, filename, recorded_sql):
    """Runs `code` as the file `filename` on a fresh copy of the dataset; a JSON object of what it
    printed (with the trimmed traceback of a code mistake), the line it failed on, and its queries,
    and whether their SQL is `recorded_sql`'s (ignoring layout, as orm_check.py compares it)."""
    result = harness.run_code(code, filename, copies, OUTPUT_LIMIT)
    output = result.output
    error_line = None
    if result.exception is not None:
        error_line = harness.line_in(result.exception, filename)
        if isinstance(result.exception, harness.CODE_MISTAKES):
            output += harness.traceback_in(result.exception, filename)
    recorded = [harness.normalise_sql(statement) for statement in harness.split_statements(recorded_sql)]
    return json.dumps(
        {
            "output": output,
            "cutLines": result.cut_lines,
            "errorLine": error_line,
            "queryCount": len(result.queries),
            "queries": [listed(query) for query in result.queries[:QUERY_LIMIT]],
            "sqlMatches": recorded == [harness.normalise_sql(query["sql"]) for query in result.queries],
        },
        ensure_ascii=False,
    )
