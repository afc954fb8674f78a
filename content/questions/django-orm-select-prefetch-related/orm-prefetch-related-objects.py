from django.db.models import prefetch_related_objects
from shop.models import Order

# A list that is already loaded (from a cache, or built from several querysets).
orders = list(Order.objects.order_by("-created_at")[:3])
prefetch_related_objects(orders, "items__product")
for order in orders:
    print(order.pk, sorted(item.product.name for item in order.items.all()))
