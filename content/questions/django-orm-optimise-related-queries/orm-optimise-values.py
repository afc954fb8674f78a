from datetime import datetime, timezone
from django.db.models import F
from shop.models import OrderItem

june = datetime(2025, 6, 1, tzinfo=timezone.utc)
rows = (
    OrderItem.objects.filter(order__created_at__gte=june)
    .order_by("pk")
    .values(
        "quantity",
        customer_name=F("order__customer__name"),
        product_name=F("product__name"),
        category_name=F("product__category__name"),
    )
)
for row in rows:
    print(row)
