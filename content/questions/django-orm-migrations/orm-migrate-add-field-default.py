from django.db import migrations, models
from inline_migrations import AppMigrations


# shop/migrations/0002_product_is_featured.py, as makemigrations writes it
class AddIsFeatured(migrations.Migration):
    operations = [
        migrations.AddField(
            "product", "is_featured", models.BooleanField(default=False)
        ),
    ]


shop = AppMigrations("shop", AddIsFeatured)
print(shop.sqlmigrate(AddIsFeatured))  # manage.py sqlmigrate shop 0002
shop.migrate()  # manage.py migrate shop

Product = shop.apps.get_model("shop", "Product")  # as the migration left it
result = Product.objects.order_by("pk").values_list("name", "is_featured")[:3]
