from datetime import datetime, timezone
from django.db.models import Max, Q
from shop.models import Product

# Six calendar months before "now" (2025-07-01), as computed on the first example
cutoff = datetime(2025, 1, 1, tzinfo=timezone.utc)

products = Product.objects.annotate(last_ordered=Max("order_items__order__created_at"))
products = products.order_by("name")
print([p.name for p in products.filter(last_ordered__lt=cutoff)])
never_or_long_ago = Q(last_ordered__lt=cutoff) | Q(last_ordered__isnull=True)
print([p.name for p in products.filter(never_or_long_ago)])
