from django.db.models import Prefetch
from shop.models import Order, OrderItem

orders = (
    Order.objects.select_related("customer")
    .prefetch_related(Prefetch("items", queryset=OrderItem.objects.select_related("product").order_by("product__name")))
    .order_by("-created_at")[:5]
)
for order in orders:
    products = ", ".join(item.product.name for item in order.items.all())
    print(order.pk, order.customer.name, "bought", products)
