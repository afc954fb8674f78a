from datetime import datetime, timezone

from shop.models import Order

new_year = datetime(2025, 1, 1, tzinfo=timezone.utc)
orders = Order.objects.exclude(shipped_at__lt=new_year).order_by("pk")
for pk, status, shipped_at in orders.values_list("pk", "status", "shipped_at"):
    print(pk, status, shipped_at)
