from shop.models import Order, OrderItem, Product

order = Order.objects.get(pk=20)  # one line: The Pragmatic Programmer, quantity 1
book = Product.objects.get(name="The Pragmatic Programmer")
hub = Product.objects.get(name="USB-C Hub")
lines = [
    OrderItem(order=order, product=book, quantity=2, unit_price_cents=4200),  # exists: updated
    OrderItem(order=order, product=hub, quantity=1, unit_price_cents=3999),  # new: inserted
]
OrderItem.objects.bulk_create(
    lines,
    update_conflicts=True,
    unique_fields=["order", "product"],  # the one_item_per_product_per_order constraint
    update_fields=["quantity", "unit_price_cents"],
)
print("primary keys set:", [line.pk for line in lines])

for item in order.items.select_related("product").order_by("pk"):
    print(item.pk, item.product.name, item.quantity, item.unit_price_cents)
