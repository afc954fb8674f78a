from shop.models import Product


def find_products(name):
    # DON'T: the input is pasted into the SQL text
    return Product.objects.raw(
        f"SELECT id, name FROM shop_product WHERE name = '{name}' ORDER BY id"
    )


print([product.name for product in find_products("USB-C Hub")])

crafted = "' UNION SELECT id, email FROM shop_customer --"
for product in find_products(crafted):
    print(product.pk, product.name)
