from django.db import migrations, models
from inline_migrations import AppMigrations


# 0002: schema. The new model, next to the old field.
class CreateInventory(migrations.Migration):
    operations = [
        migrations.CreateModel(
            "Inventory",
            [
                ("id", models.BigAutoField(primary_key=True)),
                (
                    "product",
                    models.OneToOneField(
                        "shop.product", models.CASCADE, related_name="inventory"
                    ),
                ),
                ("stock", models.PositiveIntegerField()),
            ],
        ),
    ]


def copy_stock(apps, schema_editor):
    # The historical models, never an import of shop.models
    Product = apps.get_model("shop", "Product")
    Inventory = apps.get_model("shop", "Inventory")
    stocks = Product.objects.order_by("pk").values_list("pk", "stock")
    Inventory.objects.bulk_create(
        Inventory(product_id=pk, stock=stock) for pk, stock in stocks
    )


def copy_stock_back(apps, schema_editor):
    Product = apps.get_model("shop", "Product")
    for inventory in apps.get_model("shop", "Inventory").objects.all():
        Product.objects.filter(pk=inventory.product_id).update(stock=inventory.stock)


# 0003: data. Fill the new table from the old column.
class CopyStock(migrations.Migration):
    operations = [migrations.RunPython(copy_stock, copy_stock_back)]


# 0004: schema. Drop the old column, once no deployed code reads it.
class RemoveProductStock(migrations.Migration):
    operations = [migrations.RemoveField("product", "stock")]


shop = AppMigrations("shop", CreateInventory, CopyStock, RemoveProductStock)
shop.migrate()

Inventory = shop.apps.get_model("shop", "Inventory")
stocks = Inventory.objects.order_by("product_id").values_list("product__name", "stock")
result = stocks[:3]
