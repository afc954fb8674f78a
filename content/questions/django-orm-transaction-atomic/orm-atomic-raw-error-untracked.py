from django.db import IntegrityError, connection, transaction
from shop.models import Product

# Take one of each from stock with raw SQL: the USB-C Hub (4) has none, so its UPDATE breaks the
# CHECK ("stock" >= 0) constraint of the PositiveIntegerField.
with transaction.atomic():
    for product_id in (4, 2):
        try:
            with connection.cursor() as cursor:
                cursor.execute(
                    "UPDATE shop_product SET stock = stock - 1 WHERE id = %s", [product_id]
                )
        except IntegrityError:  # DON'T: Django does not track errors from a raw cursor
            print("out of stock:", product_id)
    print("needs_rollback:", transaction.get_connection().needs_rollback)
result = list(Product.objects.filter(pk__in=[2, 4]).order_by("pk").values_list("pk", "stock"))
