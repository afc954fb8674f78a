from django.db.models import Count, F, Sum
from shop.models import OrderItem

# Revenue is what customers paid: quantity × price paid, over the items of orders not cancelled.
result = OrderItem.objects.exclude(order__status="cancelled").aggregate(
    revenue_cents=Sum(F("quantity") * F("unit_price_cents")),
    orders=Count("order", distinct=True),
)
