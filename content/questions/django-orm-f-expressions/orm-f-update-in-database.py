from django.db.models import F
from shop.models import Product

# The same two sales, each one statement: the database reads and writes the stock.
for request in ("first", "second"):
    sold = Product.objects.filter(pk=2, stock__gt=0).update(stock=F("stock") - 1)
    print(request, "sale, rows updated:", sold)

# The USB-C Hub has a stock of 0: the WHERE matches no row, so nothing is sold.
sold = Product.objects.filter(pk=4, stock__gt=0).update(stock=F("stock") - 1)
print("USB-C Hub sale, rows updated:", sold)

result = Product.objects.filter(pk__in=[2, 4]).order_by("pk").values_list("name", "stock")
