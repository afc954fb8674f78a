from django.db.models import Count, F, Sum
from shop.models import Order

orders = (
    Order.objects.select_related("customer")
    .annotate(
        item_count=Count("items"),
        total_cents=Sum(F("items__quantity") * F("items__unit_price_cents")),
    )
    .order_by("-created_at")[:5]
)
for order in orders:
    print(order.pk, order.customer.name, order.item_count, order.total_cents)
