from django.db.models import Sum
from shop.models import Product

tagged = Product.objects.filter(tags__name__in=["gift", "bestseller"])
print(tagged.aggregate(Sum("stock")))  # a product with both tags is counted twice
result = tagged.distinct().aggregate(Sum("stock"))
