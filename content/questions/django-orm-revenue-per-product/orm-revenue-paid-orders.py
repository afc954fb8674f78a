from django.db.models import F, Q, Sum
from django.db.models.functions import Coalesce
from shop.models import Order, Product

line_total = F("order_items__quantity") * F("order_items__unit_price_cents")
paid = Q(order_items__order__status__in=[Order.Status.PAID, Order.Status.SHIPPED])
products = Product.objects.annotate(
    revenue_cents=Coalesce(Sum(line_total, filter=paid), 0),
).order_by("-revenue_cents", "name")
for product in products:
    print(f"{product.name:<38} {product.revenue_cents / 100:>9,.2f}")
