from django.db.models import Count
from shop.models import Order

result = Order.objects.values("status").annotate(order_count=Count("id")).order_by("status")
