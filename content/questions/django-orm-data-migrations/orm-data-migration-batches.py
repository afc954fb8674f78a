from django.db import migrations, models
from django.utils.text import slugify
from inline_migrations import AppMigrations

BATCH_SIZE = 5


# 0002: schema. Nullable, so adding it is cheap and old code keeps working.
class AddSlug(migrations.Migration):
    operations = [
        migrations.AddField(
            "product", "slug", models.SlugField(max_length=200, null=True)
        ),
    ]


def fill_slugs(apps, schema_editor):
    Product = apps.get_model("shop", "Product")
    to_fill = Product.objects.filter(slug__isnull=True).only("name").order_by("pk")
    last_pk = 0
    while True:
        # The next batch after the last primary key seen: no OFFSET, and rows
        # already filled (by an earlier run, or by new code) are skipped.
        batch = list(to_fill.filter(pk__gt=last_pk)[:BATCH_SIZE])
        if not batch:
            break
        for product in batch:
            product.slug = slugify(product.name)
        Product.objects.bulk_update(batch, ["slug"])
        last_pk = batch[-1].pk


def clear_slugs(apps, schema_editor):
    apps.get_model("shop", "Product").objects.update(slug=None)


# 0003: data. Not atomic: each batch commits on its own, no long transaction.
class FillSlugs(migrations.Migration):
    atomic = False
    operations = [migrations.RunPython(fill_slugs, clear_slugs)]


shop = AppMigrations("shop", AddSlug, FillSlugs)
shop.migrate()

Product = shop.apps.get_model("shop", "Product")
result = Product.objects.order_by("pk").values_list("pk", "slug")[:6]
