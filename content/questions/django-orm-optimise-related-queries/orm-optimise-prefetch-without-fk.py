from datetime import datetime, timezone
from django.db.models import Prefetch
from shop.models import Customer, Order, OrderItem

year_start = datetime(2025, 1, 1, tzinfo=timezone.utc)
items = (
    OrderItem.objects.select_related("product")
    .only("product__name")  # "order" left out: Django needs order_id to match items to orders
    .order_by("product__name")
)
orders_this_year = (
    Order.objects.filter(created_at__gte=year_start)
    .order_by("created_at")
    .prefetch_related(Prefetch("items", queryset=items))
)
customers = (
    Customer.objects.filter(city="London")
    .order_by("name")
    .prefetch_related(
        Prefetch("orders", queryset=orders_this_year, to_attr="orders_this_year")
    )
)
for customer in customers:
    for order in customer.orders_this_year:
        products = ", ".join(item.product.name for item in order.items.all())
        print(customer.name, order.created_at.date(), products)
