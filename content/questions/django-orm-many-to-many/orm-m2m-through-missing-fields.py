from shop.models import Order, Product

order = Order.objects.get(pk=20)
hub = Product.objects.get(name="USB-C Hub")
order.products.add(hub)  # OrderItem needs a quantity and a price
