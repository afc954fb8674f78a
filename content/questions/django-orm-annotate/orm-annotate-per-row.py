from django.db.models import Count, F
from shop.models import Product

result = (
    Product.objects.filter(category__name="Electronics")
    .annotate(stock_value_cents=F("price_cents") * F("stock"), tag_count=Count("tags"))
    .order_by("pk")
    .values_list("name", "stock_value_cents", "tag_count")
)
