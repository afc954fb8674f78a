from django.db.models import F, Sum
from shop.models import Product

products = (
    Product.objects.annotate(
        paid_cents=Sum(F("order_items__quantity") * F("order_items__unit_price_cents")),
        # Wrong: the product's current price
        at_current_price_cents=Sum(F("order_items__quantity") * F("price_cents")),
    )
    .exclude(paid_cents=F("at_current_price_cents"))
    .order_by("name")
)
for product in products:
    print(product.name, product.paid_cents, product.at_current_price_cents)
