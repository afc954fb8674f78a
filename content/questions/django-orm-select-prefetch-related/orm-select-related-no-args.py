from shop.models import OrderItem

# No arguments: every non-null foreign key, and theirs in turn.
for item in OrderItem.objects.select_related().order_by("-pk")[:2]:
    print(item.order.customer.name, item.product.name, item.product.category.name)
