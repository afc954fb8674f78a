from django.db.models import Count, F, Sum, Window
from django.db.models.functions import Lag, Rank
from shop.models import Customer

customers = Customer.objects.annotate(order_count=Count("orders"))

# Window functions that take the count as an argument or an ordering: allowed.
ranked = customers.annotate(
    rank=Window(Rank(), order_by=F("order_count").desc()),
    next_above=Window(Lag("order_count"), order_by=[F("order_count").desc(), F("pk")]),
).order_by("rank", "pk")
for customer in ranked[:4]:
    print(customer.rank, customer.name, customer.order_count, customer.next_above)

# A built-in aggregate over the count, e.g. every customer's share of all orders: refused.
shares = customers.annotate(all_orders=Window(Sum("order_count")))
