from shop.models import Order

orders = Order.objects.filter(customer__name="Alice Martin").prefetch_related("products").order_by("pk")
for order in orders:
    print(order.pk, [product.name for product in order.products.all()])
