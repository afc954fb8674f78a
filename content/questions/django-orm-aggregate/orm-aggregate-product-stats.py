from django.db.models import Avg, Count, Max, Min, Sum
from shop.models import Product

result = Product.objects.filter(is_active=True).aggregate(
    Count("id"),
    Sum("stock"),
    Avg("price_cents"),
    cheapest=Min("price_cents"),
    dearest=Max("price_cents"),
)
