"""Migrations written inside an ORM example, applied to the example's database as `migrate` would.

The project has no migration files: its tables come straight from the models (README.md). An
example about migrations defines its migration classes in its own code and runs them with
AppMigrations, so the SQL that migrate sends for them is captured, stored and runnable like any
other query:

    shop = AppMigrations("shop", AddSlug, FillSlugs)  # shop/migrations/0002…, 0003…
    shop.migrate()                                     # manage.py migrate shop
    shop.migrate(to=AddSlug)                           # manage.py migrate shop 0002: unapplies FillSlugs
    Product = shop.apps.get_model("shop", "Product")   # the model as the applied migrations left it
"""

from django.apps import apps as project_apps
from django.db import connection
from django.db.migrations.state import ProjectState


class AppMigrations:
    """An app's migrations that follow the one that created its current models, in order (each
    one depends on the previous; their `dependencies` are not read), and how many of them are
    applied. Each migration runs in its own schema editor, as MigrationExecutor runs it, so the
    SQL sent is `migrate`'s: on SQLite, `PRAGMA foreign_keys = OFF`, `BEGIN` (unless the migration
    says `atomic = False`), the operations' SQL, `PRAGMA foreign_key_check`, `COMMIT`. Unlike
    `migrate`, nothing is recorded in a django_migrations table. A migration is named after its class."""

    def __init__(self, app_label, *migration_classes):
        self.migrations = [cls(cls.__name__, app_label) for cls in migration_classes]
        self.applied = 0

    def state(self, applied):
        """The project state once the first `applied` migrations have run."""
        state = ProjectState.from_apps(project_apps)
        for migration in self.migrations[:applied]:
            state = migration.mutate_state(state, preserve=False)
        return state

    @property
    def apps(self):
        """The historical models after the applied migrations: what `apps` is in a RunPython
        function that would run next."""
        return self.state(self.applied).apps

    def migrate(self, to=None):
        """Applies the migrations up to `to` (one of the classes; by default the last), or
        unapplies the ones after it, newest first: `manage.py migrate <app> <to>`."""
        names = [migration.name for migration in self.migrations]
        target = len(names) if to is None else names.index(to.__name__) + 1
        while self.applied < target:
            migration = self.migrations[self.applied]
            with connection.schema_editor(atomic=migration.atomic) as editor:
                migration.apply(self.state(self.applied), editor)
            self.applied += 1
        while self.applied > target:
            migration = self.migrations[self.applied - 1]
            with connection.schema_editor(atomic=migration.atomic) as editor:
                migration.unapply(self.state(self.applied - 1), editor)
            self.applied -= 1

    def sqlmigrate(self, migration_class, backwards=False):
        """The SQL `manage.py sqlmigrate <app> <name>` prints for one migration, collected by
        Django's schema editor instead of run (the schema editor still sends its own PRAGMAs)."""
        index = [migration.name for migration in self.migrations].index(migration_class.__name__)
        migration = self.migrations[index]
        with connection.schema_editor(collect_sql=True, atomic=migration.atomic) as editor:
            if backwards:
                migration.unapply(self.state(index), editor, collect_sql=True)
            else:
                migration.apply(self.state(index), editor, collect_sql=True)
        statements = editor.collected_sql
        if migration.atomic and connection.features.can_rollback_ddl:
            statements = ["BEGIN;", *statements, "COMMIT;"]
        return "\n".join(statements)
