from django.db.models import OuterRef, Subquery
from shop.models import OrderItem, Product

# Forgot order_by() and [:1]: the subquery returns one row per order item.
order_dates = OrderItem.objects.filter(product=OuterRef("pk")).values("order__created_at")

products = (
    Product.objects.filter(category__name="Electronics")
    .annotate(ordered_at=Subquery(order_dates))
    .order_by("pk")
)
for product in products:
    print(product.name, product.ordered_at)
