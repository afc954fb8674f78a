from django.db import migrations
from inline_migrations import AppMigrations
from shop.models import Product  # the mistake: the model as the code is today


class RenameStock(migrations.Migration):
    operations = [migrations.RenameField("product", "stock", "units_in_stock")]


def restock_sold_out(apps, schema_editor):
    # Right: Product = apps.get_model("shop", "Product"), which knows the rename
    Product.objects.filter(stock=0).update(stock=10)


class RestockSoldOut(migrations.Migration):
    atomic = False  # so that the error is reported as it is (see below)
    operations = [migrations.RunPython(restock_sold_out, migrations.RunPython.noop)]


AppMigrations("shop", RenameStock, RestockSoldOut).migrate()
