from django.db.models import F, Window
from django.db.models.functions import RowNumber
from shop.models import OrderItem

# Number each product's items, newest order first; keep the first of each product.
latest_items = (
    OrderItem.objects.annotate(
        row=Window(
            RowNumber(),
            partition_by="product",
            order_by=[F("order__created_at").desc(), F("pk").desc()],
        )
    )
    .filter(row=1, product__category__name="Kitchen")
    .select_related("product", "order")
    .order_by("product__name")
)
for item in latest_items:
    print(item.product.name, item.order.created_at, item.unit_price_cents)
