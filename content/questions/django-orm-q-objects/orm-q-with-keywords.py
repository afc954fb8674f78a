from django.db.models import Q
from shop.models import Product

# Books that cannot be sold: out of stock, or withdrawn. The Q comes first.
result = (
    Product.objects.filter(Q(stock=0) | ~Q(is_active=True), category__name="Books")
    .order_by("pk")
    .values_list("name", "stock", "is_active")
)
