from datetime import datetime, timezone
from django.db import transaction
from django.db.models import F
from shop.models import Order, OrderItem, Product

now = datetime(2025, 7, 1, tzinfo=timezone.utc)  # real code: timezone.now()


class OutOfStock(Exception):
    pass


def add_item(order, product, quantity):
    """Adds an order line and takes the quantity from stock, or raises OutOfStock."""
    OrderItem.objects.create(
        order=order, product=product, quantity=quantity, unit_price_cents=product.price_cents
    )
    in_stock = Product.objects.filter(pk=product.pk, stock__gte=quantity)
    if not in_stock.update(stock=F("stock") - quantity):
        raise OutOfStock(product.name)


mouse, hub = Product.objects.filter(pk__in=[2, 4]).order_by("pk")
with transaction.atomic():
    order = Order.objects.create(customer_id=8, created_at=now)
    for product in (mouse, hub):
        try:
            with transaction.atomic():
                transaction.on_commit(lambda name=product.name: print("ship", name))
                add_item(order, product, 1)
        except OutOfStock as error:
            print("out of stock, line dropped:", error)
print(list(order.items.values_list("product__name", flat=True)))
