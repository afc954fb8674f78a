from django.db.models import F, Sum
from shop.models import Product

result = (
    Product.objects.filter(category__name="Electronics")
    .annotate(
        revenue_cents=Sum(F("order_items__quantity") * F("order_items__unit_price_cents")),
    )
    .order_by("-revenue_cents")
    .values_list("name", "revenue_cents")
)
