from django.db.models import Q
from shop.models import Product

# What a search form sent; an empty value means "any".
params = {"category": "Electronics", "max_price_cents": "20000", "tag": "", "q": "o"}

# Only these parameters, each mapped to the lookup it may use.
lookups = {
    "category": "category__name",
    "max_price_cents": "price_cents__lte",
    "tag": "tags__name",
    "q": "name__icontains",
}
condition = Q()
for param, lookup in lookups.items():
    if params.get(param):
        condition &= Q(**{lookup: params[param]})
print(condition)

result = Product.objects.filter(condition).order_by("pk").values_list("name", flat=True)
