from django.db.models import Count
from shop.models import Tag

result = (
    Tag.objects.annotate(product_count=Count("products"))
    .filter(product_count__gte=3)
    .order_by("-product_count", "name")
    .values_list("name", "product_count")
)
