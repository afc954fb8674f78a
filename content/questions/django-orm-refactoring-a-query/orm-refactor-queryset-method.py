from django.db import models
from django.db.models import Count, F, Q, Sum
from shop.models import Customer


class CustomerQuerySet(models.QuerySet):
    def with_spending(self):
        """Annotate order_count and spent_cents (in cents), not counting cancelled orders."""
        kept = ~Q(orders__status="cancelled")
        return self.annotate(
            order_count=Count("orders", filter=kept, distinct=True),
            spent_cents=Sum(
                F("orders__items__quantity") * F("orders__items__unit_price_cents"),
                filter=kept,
                default=0,
            ),
        )


# In shop/models.py this would be Customer's manager: objects = CustomerQuerySet.as_manager().
# Here the queryset is built directly, which is what the manager does.
customers = CustomerQuerySet(Customer).filter(city="London").with_spending().order_by("name")
for customer in customers:
    print(customer.name, customer.order_count, customer.spent_cents)
