from shop.models import Product

# A stock count gives each product its own new value
counted = {1: 7, 2: 118, 3: 25}
products = list(Product.objects.filter(pk__in=counted).order_by("pk"))
for product in products:
    product.stock = counted[product.pk]
print(Product.objects.bulk_update(products, ["stock"]), "rows matched")
