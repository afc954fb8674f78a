from datetime import datetime, timezone
from django.db.models import F, Sum
from django.db.models.functions import Coalesce
from shop.models import Order

now = datetime(2025, 7, 1, tzinfo=timezone.utc)  # real code: timezone.now()
Order.objects.create(customer_id=8, created_at=now)  # a new order, no items yet

orders = (
    Order.objects.filter(created_at__gte=datetime(2025, 4, 1, tzinfo=timezone.utc))
    .annotate(
        total_cents=Coalesce(Sum(F("items__quantity") * F("items__unit_price_cents")), 0),
    )
    .order_by("created_at")
)
for order in orders:
    print(order.pk, order.created_at.date(), order.status, order.total_cents)
