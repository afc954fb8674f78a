from shop.models import Product

books = Product.objects.filter(category__name="Books")  # no query yet
cheap_books = books.filter(price_cents__lt=4000).order_by("name")  # still none

print(cheap_books.count())  # query 1: SELECT COUNT(*)
for book in cheap_books:  # query 2: the rows
    print(book.name, book.price_cents)
