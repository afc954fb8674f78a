from django.db import migrations, models
from django.db.models import F, Max, OuterRef, Subquery, Sum
from inline_migrations import AppMigrations

BATCH_SIZE = 10


class AddOrderTotal(migrations.Migration):
    operations = [
        migrations.AddField(
            "order", "total_cents", models.PositiveIntegerField(null=True)
        ),
    ]


def fill_totals(apps, schema_editor):
    Order = apps.get_model("shop", "Order")
    OrderItem = apps.get_model("shop", "OrderItem")
    items_total = (
        OrderItem.objects.filter(order=OuterRef("pk"))
        .values("order")
        .annotate(total=Sum(F("quantity") * F("unit_price_cents")))
        .values("total")
    )
    last_pk = Order.objects.aggregate(last=Max("pk"))["last"] or 0
    # One UPDATE per range of primary keys: the database computes the totals,
    # and no row comes to Python.
    for start in range(1, last_pk + 1, BATCH_SIZE):
        batch = Order.objects.filter(pk__gte=start, pk__lt=start + BATCH_SIZE)
        batch.update(total_cents=Subquery(items_total))


class FillOrderTotals(migrations.Migration):
    atomic = False
    operations = [migrations.RunPython(fill_totals, migrations.RunPython.noop)]


shop = AppMigrations("shop", AddOrderTotal, FillOrderTotals)
shop.migrate()

Order = shop.apps.get_model("shop", "Order")
result = Order.objects.order_by("pk").values_list("pk", "total_cents")[:4]
