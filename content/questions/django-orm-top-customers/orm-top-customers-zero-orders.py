from django.db.models import Count
from shop.models import Customer, Order

customers = Customer.objects.annotate(order_count=Count("orders"))
fewest = customers.order_by("order_count", "pk")
print(list(fewest.values_list("name", "order_count")[:3]))

from_orders = (
    Order.objects.values("customer__name")
    .annotate(order_count=Count("id"))
    .order_by("order_count", "customer__name")
)
print(list(from_orders.values_list("customer__name", "order_count")[:3]))
