from django.db.models import F, Sum
from django.db.models.functions import Coalesce
from shop.models import Product

# Wrong: every line of every order that contains the product
line_total = F("orders__items__quantity") * F("orders__items__unit_price_cents")
products = Product.objects.annotate(
    revenue_cents=Coalesce(Sum(line_total), 0),
).order_by("-revenue_cents", "name")
for product in products[:5]:
    print(f"{product.name:<38} {product.revenue_cents / 100:>9,.2f}")
