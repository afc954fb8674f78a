from django.db.models import F, Sum
from shop.models import Order

orders = (
    Order.objects.annotate(
        total_cents=Sum(F("items__quantity") * F("items__unit_price_cents")),
        # A common mistake: the product's current price
        current_price_total_cents=Sum(F("products__price_cents") * F("items__quantity")),
    )
    .exclude(total_cents=F("current_price_total_cents"))
    .order_by("pk")
)
for order in orders:
    print(order.pk, order.total_cents, order.current_price_total_cents)
