from datetime import datetime, timezone
from django.db import transaction
from shop.models import Order, OrderItem

now = datetime(2025, 7, 1, tzinfo=timezone.utc)  # real code: timezone.now()


class PaymentDeclined(Exception):
    pass


try:
    with transaction.atomic():
        order = Order.objects.create(customer_id=8, created_at=now)
        OrderItem.objects.create(order=order, product_id=5, quantity=1, unit_price_cents=12900)
        transaction.on_commit(lambda: print("on_commit: send the confirmation"))
        raise PaymentDeclined("card declined")
except PaymentDeclined as error:
    print("order not placed:", error)
print("orders of customer 8:", Order.objects.filter(customer_id=8).count())
