from shop.models import Product

for product in Product.objects.only("name").order_by("pk").iterator(chunk_size=500):
    print(product.name)
