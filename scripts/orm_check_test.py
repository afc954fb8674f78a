"""Unit tests of scripts/orm_check.py; `npm run orm:check` runs them before the check itself."""

import contextlib
import datetime
import decimal
import io
import json
import tempfile
import unittest
import unittest.mock
from pathlib import Path

import orm_check as oc

import harness  # noqa: E402  (content/django, which importing orm_check put on the path)

oc.setup_django()
DATASET = oc.DATASET_FILE.read_text(encoding="utf-8")
TEMPLATE = oc.load_template(DATASET)
COPIES = oc.SqliteCopies(TEMPLATE)


class SqlTextTest(unittest.TestCase):
    def test_normalising_ignores_layout_quotes_case_and_comments_but_not_literals(self):
        django = 'SELECT "shop_product"."name" FROM "shop_product" WHERE "shop_product"."name" = \'Chef\'\'s Knife\''
        stored = "-- query 1 of 1\nselect shop_product.name\n  from shop_product\n where (shop_product.name = 'Chef''s Knife');"
        self.assertEqual(oc.normalise_sql(django), oc.normalise_sql(stored.replace("(", "").replace(")", "")))
        self.assertNotEqual(oc.normalise_sql("SELECT 'a  b'"), oc.normalise_sql("SELECT 'a b'"))
        self.assertNotEqual(oc.normalise_sql("SELECT 'Books'"), oc.normalise_sql("SELECT 'books'"))

    def test_statements_split_where_sqlite_would(self):
        script = "-- query 1 of 3\nSELECT 'a;b';\n\n-- query 2 of 3\nBEGIN;\n/* c; */ SELECT 2"
        self.assertEqual(oc.split_statements(script), ["-- query 1 of 3\nSELECT 'a;b';", "-- query 2 of 3\nBEGIN;", "/* c; */ SELECT 2"])
        self.assertEqual(oc.split_statements("-- only a comment\n"), [])

    def test_savepoint_names_do_not_depend_on_the_thread(self):
        self.assertEqual(harness.stable_savepoint_names('ROLLBACK TO SAVEPOINT "s139872_x2"'), 'ROLLBACK TO SAVEPOINT "s1_x2"')

    def test_queries_are_laid_out_one_column_per_line_with_value_lists_on_one_line(self):
        sql = 'SELECT "a"."id", "a"."name" FROM "a" WHERE ("a"."id" IN (20, 19, 18) AND "a"."name" IN (\'x, y\', \'z\'))'
        self.assertEqual(
            oc.format_query(sql),
            'SELECT "a"."id",\n       "a"."name"\nFROM "a"\nWHERE ("a"."id" IN (20, 19, 18)\n       AND "a"."name" IN (\'x, y\', \'z\'))',
        )

    def test_a_created_table_is_laid_out_one_column_per_line(self):
        sql = 'CREATE TABLE "t" ("id" integer NOT NULL PRIMARY KEY, "n" integer NOT NULL CHECK ("n" >= 0))'
        self.assertEqual(oc.format_query(sql), 'CREATE TABLE "t" (\n  "id" integer NOT NULL PRIMARY KEY,\n  "n" integer NOT NULL CHECK ("n" >= 0)\n)')
        self.assertEqual(oc.sql_file_text([{"sql": sql}]).count(";"), 1)

    def test_several_queries_are_numbered_one_query_is_not(self):
        one = oc.sql_file_text([{"sql": "SELECT 1"}])
        self.assertEqual(one, "SELECT 1;\n")
        two = oc.sql_file_text([{"sql": "BEGIN"}, {"sql": "COMMIT"}])
        self.assertEqual(two, "-- query 1 of 2\nBEGIN;\n\n-- query 2 of 2\nCOMMIT;\n")

    def test_server_side_cursor_names_do_not_depend_on_the_thread(self):
        sql = 'DECLARE "_django_curs_140082331033664_sync_2" NO SCROLL CURSOR WITH HOLD FOR SELECT 1'
        self.assertEqual(harness.stable_savepoint_names(sql), 'DECLARE "_django_curs_1_sync_2" NO SCROLL CURSOR WITH HOLD FOR SELECT 1')

    def test_postgresql_values_are_stored_as_psycopg2_returned_them(self):
        self.assertIs(oc.json_value(True, "postgresql"), True)
        aware = datetime.datetime(2025, 1, 31, 9, 15, tzinfo=datetime.timezone.utc)
        self.assertEqual(oc.json_value(aware, "postgresql"), "2025-01-31 09:15:00+00:00")
        self.assertEqual(oc.json_value(decimal.Decimal("149900"), "postgresql"), 149900)
        self.assertEqual(oc.json_value(decimal.Decimal("2345.6666666666666667"), "postgresql"), "2345.6666666666666667")
        self.assertEqual(oc.comparable(aware), "2025-01-31 09:15:00", "the dataset's rows compare as SQLite stores them")

    def test_the_postgresql_record_has_one_row_per_line(self):
        record = {"queries": 2, "output": ["a"], "tables": [{"columns": ["n"], "rows": [[1], [2]]}], "error": "boom"}
        text = oc.recorded_text(record)
        self.assertEqual(json.loads(text), record)
        self.assertIn('\n        [1],\n        [2]\n', text)
        self.assertEqual(json.loads(oc.recorded_text({"queries": 1, "output": [], "tables": []})), {"queries": 1, "output": [], "tables": []})

    def test_values_are_compared_as_sqlite_stores_them(self):
        self.assertEqual(oc.json_value(True), 1)
        self.assertEqual(oc.json_value(datetime.datetime(2025, 1, 31, 9, 15)), "2025-01-31 09:15:00")
        self.assertEqual(oc.json_value(datetime.date(2025, 1, 31)), "2025-01-31")
        self.assertEqual(oc.json_value(b"\x00\xff"), {"blob": "00ff"})
        self.assertEqual(oc.json_value(12.5), 12.5)


class HarnessTest(unittest.TestCase):
    """content/django/harness.py as the browser's Python uses it: capped output, the reader's traceback."""

    def test_output_beyond_the_cap_is_cut_and_its_lines_counted(self):
        run = harness.run_code("from shop.models import Tag\nTag.objects.count()\nfor i in range(1000): print(i)", "capped.py", COPIES, output_limit=20)
        self.assertEqual(run.output, "0\n1\n2\n3\n4\n5\n6\n7\n8\n9\n")
        self.assertEqual(run.cut_lines, 990)
        self.assertEqual(harness.run_code('print("a" * 30)', "long.py", COPIES, output_limit=20).output, "a" * 20, "a line longer than the cap is cut")

    def test_a_mistake_keeps_the_printed_output_and_is_traced_to_the_readers_line_only(self):
        run = harness.run_code('print("before")\nfrom shop.models import Product\nProduct.objects.filter(nme="x").count()', "mine.py", COPIES)
        self.assertEqual(run.output.splitlines()[0], "before")
        self.assertIn("FieldError: Cannot resolve keyword 'nme'", run.output)
        self.assertEqual(harness.line_in(run.exception, "mine.py"), 3)
        trace = harness.traceback_in(run.exception, "mine.py")
        self.assertIn('File "mine.py", line 3', trace)
        self.assertNotIn("django/", trace)
        syntax = harness.run_code("x = (\n", "bad.py", COPIES)
        self.assertIsInstance(syntax.exception, SyntaxError)
        self.assertEqual(syntax.output, "", "a code mistake is not shown as the example's output")
        self.assertEqual(harness.line_in(syntax.exception, "bad.py"), 1)


class PgServerTest(unittest.TestCase):
    """scripts/pg_server.py's decision to skip: one line, or a failure under REQUIRE_POSTGRES=1."""

    def test_without_postgresql_a_check_skips_in_one_line_unless_required(self):
        for required, status in (("", 0), ("1", 1)):
            with unittest.mock.patch.dict(oc.os.environ, {"REQUIRE_POSTGRES": required}):
                out, err = io.StringIO(), io.StringIO()
                with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                    self.assertEqual(oc.pg_server.skip("orm (PostgreSQL)", "PostgreSQL is not installed"), status)
                self.assertEqual(len((out.getvalue() + err.getvalue()).splitlines()), 1)
                self.assertIn("PostgreSQL is not installed", out.getvalue() + err.getvalue())


class DatasetTest(unittest.TestCase):
    def test_the_dataset_has_exactly_djangos_tables(self):
        self.assertEqual(oc.schema_problems(DATASET, "shop.sql"), [])
        self.assertEqual(oc.foreign_key_problems(TEMPLATE, "shop.sql"), [])

    def test_a_dataset_that_drifted_from_the_models_is_reported(self):
        drifted = DATASET.replace('"stock" integer unsigned NOT NULL CHECK ("stock" >= 0),', '"stock" integer NOT NULL,')
        self.assertNotEqual(drifted, DATASET)
        problems = oc.schema_problems(drifted, "shop.sql")
        self.assertEqual(len(problems), 1)
        self.assertIn("shop.sql: its tables differ from what Django creates", problems[0])
        self.assertIn('stock integer unsigned not null check(stock>=0)', problems[0])

    def test_rewriting_the_schema_part_keeps_the_rows_and_matches_django(self):
        emptied = oc.with_schema(DATASET, [])
        self.assertNotIn("CREATE TABLE", emptied)
        self.assertIn("INSERT INTO", emptied)
        self.assertEqual(oc.with_schema(emptied, oc.django_schema()), DATASET)

    def test_a_row_pointing_nowhere_is_reported(self):
        broken = oc.load_template(DATASET + "\nINSERT INTO shop_orderitem VALUES (99, 1, 404, 1, 100);")
        self.assertEqual(oc.foreign_key_problems(broken, "shop.sql"), ["shop.sql: row 99 of shop_orderitem refers to a missing shop_product row"])


class ExampleTest(unittest.TestCase):
    """Examples written into a temporary folder, stored files generated, then tampered with."""

    def setUp(self):
        self.folder = tempfile.TemporaryDirectory()
        self.addCleanup(self.folder.cleanup)

    def example(self, code, name="fixture"):
        path = Path(self.folder.name) / f"{name}.py"
        path.write_text(code, encoding="utf-8")
        return path

    def store(self, path):
        """Writes the files `npm run orm:update` would: <id>.sql and <id>.orm.json, and the
        <id>.expected.json that sql.js writes from <id>.sql (the same rows, as the check asserts)."""
        with contextlib.redirect_stdout(io.StringIO()):  # its "updated <file>" lines
            self.assertEqual(oc.update_example(path, COPIES), [])
        run = oc.run_example(path, COPIES)
        expected = {"tables": run.tables(), **({"error": run.sql_error()} if run.sql_error() else {})}
        oc.example_files(path)["expected"].write_text(json.dumps(expected), encoding="utf-8")
        return oc.example_files(path)

    def test_a_stored_example_passes_and_each_kind_of_tampering_fails(self):
        path = self.example(
            "from shop.models import Product\n"
            "result = Product.objects.filter(category__name='Books', price_cents__lt=4500).values_list('name', 'price_cents')\n"
        )
        files = self.store(path)
        self.assertEqual(oc.check_example(path, COPIES, compare_sql=True), [])
        summary = json.loads(files["summary"].read_text())
        self.assertEqual(summary["queries"], 1)
        self.assertIn("('SQL Performance Explained', 3500)", summary["output"][0])

        sql = files["sql"].read_text()
        files["sql"].write_text(sql.replace("4500", "4000"))
        problems = oc.check_example(path, COPIES, compare_sql=True)
        self.assertEqual(len(problems), 1)
        self.assertIn("Django sends other SQL than", problems[0])
        self.assertIn('-       AND "shop_product"."price_cents" < 4000);', problems[0])
        self.assertEqual(oc.check_example(path, COPIES, compare_sql=False), [], "rows only: the SQL text is not compared")
        files["sql"].write_text(sql)

        expected = files["expected"].read_text()
        files["expected"].write_text(expected.replace("3500", "3400"))
        for compare_sql in (True, False):
            problems = oc.check_example(path, COPIES, compare_sql)
            self.assertEqual(len(problems), 1)
            self.assertIn("the rows Django got differ from", problems[0])
            self.assertIn('-["SQL Performance Explained", 3400]', problems[0])
        files["expected"].write_text(expected)

        files["summary"].write_text(files["summary"].read_text().replace('"queries": 1', '"queries": 2'))
        problems = oc.check_example(path, COPIES, compare_sql=True)
        self.assertEqual(len(problems), 1)
        self.assertIn("the query count or output differs", problems[0])

    def test_missing_stored_files_are_named(self):
        path = self.example("from shop.models import Tag\nresult = Tag.objects.count()\n", name="unstored")
        problems = oc.check_example(path, COPIES, compare_sql=True)
        self.assertTrue(any("no " in p and "unstored.sql (run: npm run orm:update)" in p for p in problems), problems)
        self.assertTrue(any("unstored.expected.json (run: npm run orm:update)" in p for p in problems), problems)

    def test_an_exception_is_the_output_and_ends_the_example(self):
        path = self.example("from shop.models import Product\nProduct.objects.get(pk=999)\nprint('not reached')\n")
        run = oc.run_example(path, COPIES)
        self.assertEqual(run.output, "shop.models.Product.DoesNotExist: Product matching query does not exist.\n")
        self.assertEqual(len(run.queries), 1)
        self.assertEqual(run.tables(), [{"columns": ["id", "name", "category_id", "price_cents", "stock", "is_active"], "rows": []}])
        self.store(path)
        self.assertEqual(oc.check_example(path, COPIES, compare_sql=True), [])

    def test_a_mistake_in_the_code_is_not_taken_for_a_demonstrated_exception(self):
        path = self.example("from shop.models import Product\nProduct.objects.get(pk=undefined_name)\n")
        with self.assertRaises(NameError):
            oc.run_example(path, COPIES)

    def test_an_example_that_runs_no_query_is_reported(self):
        path = self.example("from shop.models import Product\nquery = Product.objects.all()  # lazy: never evaluated\n")
        self.assertEqual(oc.check_example(path, COPIES, compare_sql=True), [f"{oc.relative(path)}: ran no query; an ORM example shows the SQL Django sends"])

    def test_every_example_starts_from_a_fresh_copy_of_the_dataset(self):
        path = self.example("from shop.models import OrderItem\nresult = OrderItem.objects.all().delete()\n")
        first = oc.run_example(path, COPIES)
        self.assertEqual(first.output, oc.run_example(path, COPIES).output)
        self.assertIn("32", first.output)

    def test_a_caught_failing_query_ends_the_compared_rows_as_it_ends_the_run_in_sqljs(self):
        path = self.example(
            "from django.db import IntegrityError, transaction\n"
            "from shop.models import Product, Tag\n"
            "result = Tag.objects.count()\n"
            "try:\n"
            "    with transaction.atomic():\n"
            "        Product.objects.filter(pk=1).update(stock=-1)\n"
            "except IntegrityError as error:\n"
            "    print('IntegrityError:', error)\n"
            "result = Tag.objects.count()\n"
        )
        run = oc.run_example(path, COPIES)
        self.assertEqual(run.sql_error(), "CHECK constraint failed: stock")
        self.assertEqual([q["sql"] for q in run.queries][1:4], ["BEGIN", 'UPDATE "shop_product" SET "stock" = -1 WHERE "shop_product"."id" = 1', "ROLLBACK"])
        self.assertEqual(run.tables(), [{"columns": ["__count"], "rows": [[6]]}])
        self.store(path)
        self.assertEqual(oc.check_example(path, COPIES, compare_sql=True), [])

        files = oc.example_files(path)
        files["expected"].write_text(json.dumps({"tables": run.tables()}))
        problems = oc.check_example(path, COPIES, compare_sql=True)
        self.assertEqual(len(problems), 1)
        self.assertIn("a query failed under Django (CHECK constraint failed: stock)", problems[0])

    def test_savepoint_names_do_not_depend_on_the_examples_run_before(self):
        path = self.example(
            "from django.db import transaction\n"
            "from shop.models import Tag\n"
            "with transaction.atomic():\n"
            "    with transaction.atomic():\n"
            "        result = Tag.objects.count()\n"
        )
        first = [q["sql"] for q in oc.run_example(path, COPIES).queries]
        second = [q["sql"] for q in oc.run_example(path, COPIES).queries]
        self.assertEqual(first[1], 'SAVEPOINT "s1_x1"')
        self.assertEqual(second, first)

    def test_sql_that_only_fails_in_sqljs_is_explained(self):
        path = self.example("from shop.models import Tag\nresult = Tag.objects.count()\n")
        files = self.store(path)
        # What sql.js stores when the SQL calls a function only Django's SQLite backend defines.
        files["expected"].write_text(json.dumps({"tables": [], "error": "no such function: django_datetime_extract"}))
        problems = oc.check_example(path, COPIES, compare_sql=True)
        self.assertEqual(len(problems), 1)
        self.assertIn("defines in Python", problems[0])



class InlineMigrationsTest(unittest.TestCase):
    """content/django/inline_migrations.py: migrations written in an example, run as migrate runs them."""

    ADD_FIELD = (
        "from django.db import migrations, models\n"
        "from inline_migrations import AppMigrations\n"
        "class AddFeatured(migrations.Migration):\n"
        "    operations = [migrations.AddField('product', 'is_featured', models.BooleanField(default=False))]\n"
        "shop = AppMigrations('shop', AddFeatured)\n"
    )

    def run_code(self, code):
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "migration_fixture.py"
            path.write_text(code, encoding="utf-8")
            return oc.run_example(path, COPIES)

    def test_migrate_sends_what_sqlmigrate_prints_inside_the_schema_editors_pragmas(self):
        printed = self.run_code(self.ADD_FIELD + "print(shop.sqlmigrate(AddFeatured))\n").output
        sent = [q["sql"] for q in self.run_code(self.ADD_FIELD + "shop.migrate()\n").queries]
        printed_statements = [line.rstrip(";") for line in printed.splitlines() if line and not line.startswith("--")]
        self.assertEqual(printed_statements[0], "BEGIN")
        self.assertEqual(printed_statements[-1], "COMMIT")
        operations_sql = printed_statements[1:-1]
        self.assertEqual(
            sent,
            ["PRAGMA foreign_keys = OFF", "PRAGMA foreign_keys", "BEGIN", *operations_sql, "PRAGMA foreign_key_check", "COMMIT", "PRAGMA foreign_keys = ON"],
        )
        self.assertIn('DROP TABLE "shop_product"', operations_sql, "SQLite adds a NOT NULL column by rebuilding the table")

    def test_the_historical_models_see_the_migrated_table(self):
        run = self.run_code(self.ADD_FIELD + "shop.migrate()\nresult = shop.apps.get_model('shop', 'Product').objects.filter(is_featured=False).count()\n")
        self.assertEqual(run.output, "12\n")

    def test_migrating_back_unapplies_the_newer_migrations_newest_first(self):
        code = (
            "from django.db import migrations, models\n"
            "from inline_migrations import AppMigrations\n"
            "def fill(apps, schema_editor):\n"
            "    apps.get_model('shop', 'Tag').objects.update(note='filled')\n"
            "def empty(apps, schema_editor):\n"
            "    apps.get_model('shop', 'Tag').objects.update(note=None)\n"
            "class AddNote(migrations.Migration):\n"
            "    operations = [migrations.AddField('tag', 'note', models.TextField(null=True))]\n"
            "class FillNote(migrations.Migration):\n"
            "    operations = [migrations.RunPython(fill, empty)]\n"
            "shop = AppMigrations('shop', AddNote, FillNote)\n"
            "shop.migrate()\n"
            "shop.migrate(to=AddNote)\n"
            "print(list(shop.apps.get_model('shop', 'Tag').objects.values_list('note', flat=True).distinct()))\n"
            "shop.migrate(to=FillNote)\n"
        )
        run = self.run_code(code)
        sent = [q["sql"] for q in run.queries]
        updates = [sql for sql in sent if sql.startswith('UPDATE "shop_tag"')]
        self.assertEqual(updates, ['UPDATE "shop_tag" SET "note" = \'filled\'', 'UPDATE "shop_tag" SET "note" = NULL', 'UPDATE "shop_tag" SET "note" = \'filled\''])
        self.assertEqual(run.output, "[None]\n")

    def test_migrating_back_over_a_run_python_without_reverse_code_raises(self):
        code = (
            "from django.db import migrations, models\n"
            "from inline_migrations import AppMigrations\n"
            "def count(apps, schema_editor):\n"
            "    apps.get_model('shop', 'Tag').objects.count()\n"
            "class AddNote(migrations.Migration):\n"
            "    operations = [migrations.AddField('tag', 'note', models.TextField(null=True))]\n"
            "class OneWay(migrations.Migration):\n"
            "    operations = [migrations.RunPython(count)]\n"
            "shop = AppMigrations('shop', AddNote, OneWay)\n"
            "shop.migrate()\n"
            "shop.migrate(to=AddNote)\n"
        )
        run = self.run_code(code)
        self.assertRegex(run.output, r"^django.db.migrations.exceptions.IrreversibleError: Operation <RunPython .*> in shop.OneWay is not reversible\n$")

    def test_alter_table_add_column_with_a_check_returns_no_rows_as_in_sqljs(self):
        code = (
            "from django.db import migrations, models\n"
            "from inline_migrations import AppMigrations\n"
            "class AddTotal(migrations.Migration):\n"
            "    operations = [migrations.AddField('order', 'total_cents', models.PositiveIntegerField(null=True))]\n"
            "AppMigrations('shop', AddTotal).migrate()\n"
        )
        run = self.run_code(code)
        alter = next(q for q in run.queries if q["sql"].startswith("ALTER TABLE"))
        self.assertIn('CHECK ("total_cents" >= 0)', alter["sql"])
        self.assertIsNone(alter["table"])
        self.assertEqual([table["columns"] for table in run.tables()], [["foreign_keys"], ["table", "rowid", "parent", "fkid"]])

    def test_the_next_example_starts_from_the_dataset_again(self):
        self.run_code(self.ADD_FIELD + "shop.migrate()\n")
        columns = self.run_code("from shop.models import Product\nresult = Product.objects.values('pk').first()\n").queries[0]["sql"]
        self.assertNotIn("is_featured", columns)
        with oc.connection.cursor() as cursor:
            cursor.execute("PRAGMA foreign_keys")
            self.assertEqual(cursor.fetchone(), (1,), "the schema editor turned foreign key checks back on")


if __name__ == "__main__":
    unittest.main()
