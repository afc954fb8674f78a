from shop.models import Product

for product in Product.objects.filter(category__name="Books").only("name").order_by("name"):
    print(product.name, product.price_cents)
