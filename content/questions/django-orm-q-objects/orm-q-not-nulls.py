from datetime import datetime, timezone
from django.db.models import Q
from shop.models import Order

start_of_2025 = datetime(2025, 1, 1, tzinfo=timezone.utc)
before = Q(shipped_at__lt=start_of_2025)
print(Order.objects.count(), "orders")
print(Order.objects.filter(before).count(), "shipped before 2025")
print(Order.objects.filter(Q(shipped_at__gte=start_of_2025)).count(), "shipped from 2025 on")
print(Order.objects.filter(~before).count(), "not shipped before 2025")
