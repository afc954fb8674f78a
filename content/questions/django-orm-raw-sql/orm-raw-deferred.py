from shop.models import Product

expensive = Product.objects.raw(
    "SELECT id, name FROM shop_product WHERE price_cents > %s ORDER BY id", [20000]
)
for product in expensive:
    print(product.name, product.stock)  # stock was not selected
