from django.db.models import Count, Q
from shop.models import Customer

result = (
    Customer.objects.annotate(
        order_count=Count("orders"),
        shipped_count=Count("orders", filter=Q(orders__status="shipped")),
    )
    .order_by("pk")
    .values_list("name", "order_count", "shipped_count")
)
