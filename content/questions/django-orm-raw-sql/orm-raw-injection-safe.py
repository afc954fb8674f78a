from shop.models import Product


def find_products(name):
    # The input is a parameter: the driver sends it apart from the SQL text
    return Product.objects.raw(
        "SELECT id, name FROM shop_product WHERE name = %s ORDER BY id", [name]
    )


print([product.name for product in find_products("USB-C Hub")])

crafted = "' UNION SELECT id, email FROM shop_customer --"
print([product.name for product in find_products(crafted)])
