from shop.models import Order, OrderItem

every_order = set(Order.objects.order_by("pk").values_list("pk", flat=True))

# One exclude() call: the two conditions may be met by two different lines of the order.
any_lines = Order.objects.exclude(items__product__name="Wireless Mouse", items__quantity__gte=2)
kept = any_lines.order_by("pk").values_list("pk", flat=True)
print("removed by exclude(a, b):", sorted(every_order - set(kept)))

# Both conditions on the same line: exclude the orders that have one of these lines.
mouse_lines = OrderItem.objects.filter(product__name="Wireless Mouse", quantity__gte=2)
kept = Order.objects.exclude(items__in=mouse_lines).order_by("pk").values_list("pk", flat=True)
print("removed by exclude(items__in=…):", sorted(every_order - set(kept)))
