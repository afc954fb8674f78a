from datetime import datetime, timezone
from shop.models import OrderItem

june = datetime(2025, 6, 1, tzinfo=timezone.utc)
items = (
    OrderItem.objects.filter(order__created_at__gte=june)
    .select_related("order__customer", "product__category")
    .only(
        "quantity",
        "order__created_at",
        "order__customer__name",
        "product__name",
        "product__category__name",
    )
    .order_by("pk")
)
for item in items:
    order, product = item.order, item.product
    customer, category = order.customer, product.category
    print(order.created_at.date(), customer.name, item.quantity, product.name, category.name)
