from django.db.models import Count, F, FilteredRelation, Q, Sum
from shop.models import Customer

customers = (
    Customer.objects.alias(
        # The condition goes into the JOIN's ON clause, once for both aggregates.
        kept_orders=FilteredRelation("orders", condition=~Q(orders__status="cancelled")),
    )
    .annotate(
        order_count=Count("kept_orders", distinct=True),
        spent_cents=Sum(
            F("kept_orders__items__quantity") * F("kept_orders__items__unit_price_cents"),
            default=0,
        ),
    )
    .order_by("name")
)
for customer in customers:
    print(customer.name, customer.order_count, customer.spent_cents)
