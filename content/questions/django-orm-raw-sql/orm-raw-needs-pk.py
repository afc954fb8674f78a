from shop.models import Product

products = Product.objects.raw(
    "SELECT name, price_cents FROM shop_product WHERE price_cents > %s", [20000]
)
for product in products:
    print(product.name)
