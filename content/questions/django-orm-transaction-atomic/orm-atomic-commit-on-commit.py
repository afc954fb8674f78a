from datetime import datetime, timezone
from django.db import transaction
from shop.models import Order, OrderItem

now = datetime(2025, 7, 1, tzinfo=timezone.utc)  # real code: timezone.now()

with transaction.atomic():
    order = Order.objects.create(customer_id=8, created_at=now)
    OrderItem.objects.create(order=order, product_id=5, quantity=1, unit_price_cents=12900)
    OrderItem.objects.create(order=order, product_id=2, quantity=1, unit_price_cents=2499)
    transaction.on_commit(lambda: print("on_commit: confirm order", order.pk))
    print("leaving the atomic block")
print("after the block")
