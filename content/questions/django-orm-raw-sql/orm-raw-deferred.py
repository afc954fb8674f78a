from shop.models import Product

for product in Product.objects.raw("SELECT id, name FROM shop_product WHERE price_cents > %s ORDER BY id", [20000]):
    print(product.name, product.stock)  # stock was not selected
