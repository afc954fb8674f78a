from django.db import migrations, models
from django.utils.text import slugify
from inline_migrations import AppMigrations


class AddSlug(migrations.Migration):
    operations = [
        migrations.AddField(
            "product", "slug", models.SlugField(max_length=200, null=True)
        ),
    ]


def fill_slugs(apps, schema_editor):
    Product = apps.get_model("shop", "Product")
    products = list(Product.objects.only("name").order_by("pk"))
    for product in products:
        product.slug = slugify(product.name)
    Product.objects.bulk_update(products, ["slug"], batch_size=100)


def clear_slugs(apps, schema_editor):
    apps.get_model("shop", "Product").objects.update(slug=None)


class FillSlugs(migrations.Migration):
    operations = [migrations.RunPython(fill_slugs, reverse_code=clear_slugs)]


shop = AppMigrations("shop", AddSlug, FillSlugs)
shop.migrate()  # python manage.py migrate shop
shop.migrate(to=AddSlug)  # python manage.py migrate shop 0002: runs clear_slugs

Product = shop.apps.get_model("shop", "Product")
result = Product.objects.filter(slug__isnull=False).count()
