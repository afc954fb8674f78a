from datetime import datetime, timezone
from django.db import IntegrityError, transaction
from shop.models import Order, OrderItem

now = datetime(2025, 7, 1, tzinfo=timezone.utc)  # real code: timezone.now()
# (product id, price paid): the mouse was added twice
cart = [(2, 2499), (2, 2499), (4, 3999)]

with transaction.atomic():
    order = Order.objects.create(customer_id=8, created_at=now)
    for product_id, price in cart:
        try:
            with transaction.atomic(savepoint=False):  # no savepoint: nothing to roll back to
                OrderItem.objects.create(
                    order=order, product_id=product_id, quantity=1, unit_price_cents=price
                )
        except IntegrityError:
            print("already in the order, skipped:", product_id)
            print("needs_rollback:", transaction.get_connection().needs_rollback)
