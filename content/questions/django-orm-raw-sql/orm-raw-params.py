from shop.models import Product

books = Product.objects.raw(
    """
    SELECT p.id, p.name, p.price_cents, c.name AS category_name
    FROM shop_product p
    JOIN shop_category c ON c.id = p.category_id
    WHERE c.name = %s AND p.price_cents < %s
    ORDER BY p.price_cents
    """,
    ["Books", 4500],
)
for book in books:
    print(book.pk, book.name, book.price_cents, book.category_name)
