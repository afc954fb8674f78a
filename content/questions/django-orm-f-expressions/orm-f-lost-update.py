from shop.models import Product

# Two requests sell a Wireless Mouse at the same time. Both read the product...
first = Product.objects.get(pk=2)
second = Product.objects.get(pk=2)

# ...compute the new stock in Python, and write it back.
first.stock -= 1
first.save(update_fields=["stock"])
second.stock -= 1
second.save(update_fields=["stock"])

result = Product.objects.values_list("stock", flat=True).get(pk=2)
