from django.db.models import F
from shop.models import OrderItem

# Items sold below the product's current price, and how much cheaper in total.
result = (
    OrderItem.objects.filter(unit_price_cents__lt=F("product__price_cents"))
    .annotate(discount_cents=(F("product__price_cents") - F("unit_price_cents")) * F("quantity"))
    .order_by("pk")
    .values_list("order_id", "product__name", "quantity", "unit_price_cents", "product__price_cents", "discount_cents")
)
