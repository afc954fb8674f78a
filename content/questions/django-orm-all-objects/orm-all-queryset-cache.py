from shop.models import Product

products = Product.objects.order_by("pk")
print(len(products))  # query 1: loads all rows and caches them
print(products[0].name)  # from the cache: no query
print(products.count())  # counts the cached rows: no query

print(Product.objects.order_by("pk")[0].name)  # a new queryset: query 2, LIMIT 1
print(Product.objects.count())  # query 3: SELECT COUNT(*)
