from django.db.models import Count
from shop.models import Customer

customers = Customer.objects.annotate(order_count=Count("orders"))
top_customers = customers.order_by("-order_count", "pk")[:3]
for customer in top_customers:
    print(customer.name, customer.order_count)
