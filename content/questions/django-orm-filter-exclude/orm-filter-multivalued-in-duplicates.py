from shop.models import Product

tagged = Product.objects.filter(tags__name__in=["gift", "bestseller"]).order_by("pk")
print(tagged.count(), "rows")
print(tagged.distinct().count(), "distinct products")
