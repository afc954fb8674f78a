from django.db import migrations, models
from inline_migrations import AppMigrations


# The model now says:
#     units_in_stock = models.PositiveIntegerField(default=0, db_column="stock")
# a new name in Python, the same column in the database.
class RenameInPythonOnly(migrations.Migration):
    operations = [
        migrations.AlterField(
            "product",
            "stock",
            models.PositiveIntegerField(default=0, db_column="stock"),
        ),
        migrations.RenameField("product", "stock", "units_in_stock"),
    ]


shop = AppMigrations("shop", RenameInPythonOnly)
shop.migrate()

Product = shop.apps.get_model("shop", "Product")
result = Product.objects.order_by("pk").values_list("name", "units_in_stock")[:3]
