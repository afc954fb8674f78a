from shop.models import Order

orders = Order.objects.filter(customer__name="Alice Martin").prefetch_related("products").order_by("pk")
for order in orders:
    # The prefetch query has no ORDER BY, so sort the names here.
    print(order.pk, sorted(product.name for product in order.products.all()))
