from shop.models import Order

orders = (
    Order.objects.select_related("customer")
    .prefetch_related("items__product")
    .order_by("-created_at")[:5]
)
for order in orders:
    # The prefetch queries have no ORDER BY, so sort the names here.
    products = ", ".join(sorted(item.product.name for item in order.items.all()))
    print(order.pk, order.customer.name, "bought", products)
