from shop.models import Order

for order in Order.objects.prefetch_related("customer").order_by("-created_at")[:5]:
    print(order.pk, order.customer.name)
