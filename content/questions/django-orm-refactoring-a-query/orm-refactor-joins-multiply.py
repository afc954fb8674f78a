from django.db.models import Count, F, Q, Sum
from shop.models import Customer

kept = ~Q(orders__status="cancelled")
customers = Customer.objects.annotate(
    order_count=Count("orders", filter=kept),
    spent_cents=Sum(
        F("orders__items__quantity") * F("orders__items__unit_price_cents"), filter=kept
    ),
).order_by("name")
for customer in customers:
    print(customer.name, customer.order_count, customer.spent_cents)
