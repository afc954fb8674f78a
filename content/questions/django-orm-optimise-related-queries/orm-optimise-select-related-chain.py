from datetime import datetime, timezone
from shop.models import OrderItem

june = datetime(2025, 6, 1, tzinfo=timezone.utc)
items = (
    OrderItem.objects.filter(order__created_at__gte=june)
    .select_related("order__customer", "product__category")
    .order_by("pk")
)
for item in items:
    order, product = item.order, item.product  # already loaded
    customer, category = order.customer, product.category  # loaded too
    print(order.created_at.date(), customer.name, item.quantity, product.name, category.name)
