from django.db.models import OuterRef, Subquery
from shop.models import OrderItem, Product

# The product's order items, newest order first (the item id breaks ties);
# OuterRef("pk") is the product of the outer query.
newest_first = OrderItem.objects.filter(product=OuterRef("pk")).order_by("-order__created_at", "-pk")

products = Product.objects.annotate(
    last_ordered_at=Subquery(newest_first.values("order__created_at")[:1]),
    last_price_cents=Subquery(newest_first.values("unit_price_cents")[:1]),
).order_by("pk")

for product in products:
    print(product.name, product.last_ordered_at, product.last_price_cents)
