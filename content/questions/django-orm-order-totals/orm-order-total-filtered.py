from django.db.models import Exists, F, OuterRef, Sum
from shop.models import Order, OrderItem

total = Sum(F("items__quantity") * F("items__unit_price_cents"))

# Orders with a line of 2 or more units, and their totals
trap = Order.objects.filter(items__quantity__gte=2).annotate(total_cents=total)
print(list(trap.order_by("pk").values_list("pk", "total_cents")))

has_multi_unit_line = OrderItem.objects.filter(order=OuterRef("pk"), quantity__gte=2)
fixed = Order.objects.filter(Exists(has_multi_unit_line)).annotate(total_cents=total)
print(list(fixed.order_by("pk").values_list("pk", "total_cents")))
