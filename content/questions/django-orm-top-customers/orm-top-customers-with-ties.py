from django.db.models import Count, F, Q, Window
from django.db.models.functions import Rank
from shop.models import Customer, Order

ranked = Customer.objects.annotate(
    shipped_orders=Count("orders", filter=Q(orders__status=Order.Status.SHIPPED)),
    rank=Window(Rank(), order_by=F("shipped_orders").desc()),
)
for customer in ranked.filter(rank__lte=3).order_by("rank", "pk"):
    print(customer.rank, customer.name, customer.shipped_orders)
