from shop.models import Order

for order in Order.objects.order_by("-created_at")[:5]:
    print(order.pk, order.customer.name)
