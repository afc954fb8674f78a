from django.db.models import Count, F, OuterRef, Subquery, Sum
from shop.models import Order

customer_orders = (
    Order.objects.filter(customer=OuterRef("customer"))
    .values("customer")
    .annotate(count=Count("pk"))
    .values("count")
)
orders = (
    Order.objects.filter(pk__in=[1, 7, 19])
    .annotate(
        total_cents=Sum(F("items__quantity") * F("items__unit_price_cents")),
        customer_order_count=Subquery(customer_orders),
    )
    .order_by("pk")
)
for order in orders:
    print(order.pk, order.total_cents, order.customer_order_count)
