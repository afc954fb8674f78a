from django.db.models import Count, F, Q, Sum
from django.db.models.functions import Coalesce
from shop.models import Customer

kept = ~Q(orders__status="cancelled")
customers = Customer.objects.annotate(
    order_count=Count("orders", filter=kept, distinct=True),
    spent_cents=Coalesce(
        Sum(
            F("orders__items__quantity") * F("orders__items__unit_price_cents"),
            filter=kept,
        ),
        0,
    ),
).order_by("name")
for customer in customers:
    print(customer.name, customer.order_count, customer.spent_cents)
