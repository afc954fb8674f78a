import warnings

from django.core.paginator import Paginator
from shop.models import Product

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    # No order_by(), and Product has no Meta.ordering
    paginator = Paginator(Product.objects.all(), per_page=5)
print(f"{caught[0].category.__name__}: {caught[0].message}")
result = [product.pk for product in paginator.page(1)]
