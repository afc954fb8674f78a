from django.db.models import Count, F, Sum
from shop.models import OrderItem

garden_items = OrderItem.objects.filter(product__category__name="Garden")  # no such items
print(garden_items.aggregate(revenue_cents=Sum(F("quantity") * F("unit_price_cents")), items=Count("id")))

result = garden_items.aggregate(revenue_cents=Sum(F("quantity") * F("unit_price_cents"), default=0))
