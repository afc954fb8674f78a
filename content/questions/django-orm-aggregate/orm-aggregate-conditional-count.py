from django.db.models import Count, Q
from shop.models import Order

result = Order.objects.aggregate(
    total=Count("id"),
    cancelled=Count("id", filter=Q(status="cancelled")),
    in_2025=Count("id", filter=Q(created_at__year=2025)),
)
