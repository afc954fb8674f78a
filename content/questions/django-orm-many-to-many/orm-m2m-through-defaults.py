from shop.models import Order, Product

order = Order.objects.get(pk=20)
hub = Product.objects.get(name="USB-C Hub")
order.products.add(hub, through_defaults={"quantity": 1, "unit_price_cents": hub.price_cents})

for item in order.items.select_related("product").order_by("pk"):
    print(item.product.name, item.quantity, item.unit_price_cents)
