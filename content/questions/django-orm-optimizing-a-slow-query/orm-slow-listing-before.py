from shop.models import Order

# The order list page: the five newest orders, their customer, item count and total.
for order in Order.objects.order_by("-created_at")[:5]:
    items = order.items.all()
    total_cents = sum(item.quantity * item.unit_price_cents for item in items)
    print(order.pk, order.customer.name, len(items), total_cents)
