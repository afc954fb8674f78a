from datetime import datetime, timezone
from shop.models import OrderItem

june = datetime(2025, 6, 1, tzinfo=timezone.utc)
for item in OrderItem.objects.filter(order__created_at__gte=june).order_by("pk"):
    order, product = item.order, item.product  # one query each
    customer, category = order.customer, product.category  # and one more each
    print(order.created_at.date(), customer.name, item.quantity, product.name, category.name)
