from shop.models import Product

books = Product.objects.filter(category__name="Books").only("name").order_by("name")
for product in books:
    print(product.name, product.price_cents)
