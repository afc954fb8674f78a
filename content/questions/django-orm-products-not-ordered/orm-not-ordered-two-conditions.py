from datetime import datetime, timezone
from django.db.models import Q
from shop.models import Order, Product

# Six calendar months before "now" (2025-07-01), as computed on the first example
cutoff = datetime(2025, 1, 1, tzinfo=timezone.utc)

# Meant: products with no *shipped* order since the cutoff
not_shipped = Product.objects.exclude(
    order_items__order__created_at__gte=cutoff,
    order_items__order__status=Order.Status.SHIPPED,
)
same_with_q = Product.objects.filter(
    ~Q(
        order_items__order__created_at__gte=cutoff,
        order_items__order__status=Order.Status.SHIPPED,
    )
)
print("filter(~Q(...)) has the same SQL:", str(same_with_q.query) == str(not_shipped.query))
result = not_shipped.order_by("name")
