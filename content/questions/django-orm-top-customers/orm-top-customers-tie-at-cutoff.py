from django.db.models import Count, Q
from shop.models import Customer, Order

shipped = Customer.objects.annotate(
    shipped_orders=Count("orders", filter=Q(orders__status=Order.Status.SHIPPED)),
)
for customer in shipped.order_by("-shipped_orders", "pk")[:5]:
    print(customer.pk, customer.name, customer.shipped_orders)
