from datetime import datetime, timezone
from shop.models import Customer

year_start = datetime(2025, 1, 1, tzinfo=timezone.utc)
for customer in Customer.objects.filter(city="London").order_by("name"):
    orders = customer.orders.filter(created_at__gte=year_start).order_by("created_at")
    for order in orders:
        products = ", ".join(item.product.name for item in order.items.all())
        print(customer.name, order.created_at.date(), products)
