from django.db.models import F, Sum
from django.db.models.functions import Coalesce
from shop.models import Product

line_total = F("order_items__quantity") * F("order_items__unit_price_cents")
products = Product.objects.annotate(
    revenue_cents=Coalesce(Sum(line_total), 0),
).order_by("-revenue_cents", "name")
for product in products:
    print(f"{product.name:<38} {product.revenue_cents / 100:>9,.2f}")
