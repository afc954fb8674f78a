from shop.models import Product

products = Product.objects.order_by("pk")
print(products)  # what the shell shows: at most 21 rows are fetched, and none are kept
print(len(products))  # so this still queries, for every row
