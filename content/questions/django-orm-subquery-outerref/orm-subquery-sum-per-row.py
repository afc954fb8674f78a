from django.db.models import Count, OuterRef, Subquery, Sum
from django.db.models.functions import Coalesce
from shop.models import OrderItem, Product

# One row per product: the items grouped by product, summed.
units_sold = (
    OrderItem.objects.filter(product=OuterRef("pk"))
    .values("product")
    .annotate(total=Sum("quantity"))
    .values("total")
)
result = (
    Product.objects.filter(category__name="Electronics")
    .annotate(tag_count=Count("tags"), units_sold=Coalesce(Subquery(units_sold), 0))
    .order_by("pk")
    .values_list("name", "tag_count", "units_sold")
)
