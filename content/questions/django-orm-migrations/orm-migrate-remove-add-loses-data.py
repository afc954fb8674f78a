from django.db import migrations, models
from inline_migrations import AppMigrations


# makemigrations asked "Was product.stock renamed to product.units_in_stock?"
# and we answered no
class ReplaceStock(migrations.Migration):
    operations = [
        migrations.RemoveField("product", "stock"),
        migrations.AddField(
            "product", "units_in_stock", models.PositiveIntegerField(default=0)
        ),
    ]


shop = AppMigrations("shop", ReplaceStock)
shop.migrate()

Product = shop.apps.get_model("shop", "Product")
result = Product.objects.order_by("pk").values_list("name", "units_in_stock")[:3]
