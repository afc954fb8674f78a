from datetime import datetime, timezone
from django.db.models import Max, Q
from shop.models import Product

cutoff = datetime(2025, 1, 1, tzinfo=timezone.utc)  # six calendar months before "now" (2025-07-01)

products = Product.objects.annotate(last_ordered=Max("order_items__order__created_at")).order_by("name")
print([p.name for p in products.filter(last_ordered__lt=cutoff)])
print([p.name for p in products.filter(Q(last_ordered__lt=cutoff) | Q(last_ordered__isnull=True))])
