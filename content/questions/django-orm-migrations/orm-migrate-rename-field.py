from django.db import migrations
from inline_migrations import AppMigrations


# makemigrations asked "Was product.stock renamed to product.units_in_stock?"
# and we answered yes
class RenameStock(migrations.Migration):
    operations = [
        migrations.RenameField("product", "stock", "units_in_stock"),
    ]


shop = AppMigrations("shop", RenameStock)
shop.migrate()

Product = shop.apps.get_model("shop", "Product")
result = Product.objects.order_by("pk").values_list("name", "units_in_stock")[:3]
