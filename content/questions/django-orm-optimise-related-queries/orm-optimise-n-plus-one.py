from datetime import datetime, timezone
from shop.models import OrderItem

june = datetime(2025, 6, 1, tzinfo=timezone.utc)
for item in OrderItem.objects.filter(order__created_at__gte=june).order_by("pk"):
    order, product = item.order, item.product  # one query each
    print(order.created_at.date(), order.customer.name, item.quantity, product.name, product.category.name)
