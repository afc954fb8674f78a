from django.db.models import Q
from shop.models import Product

# Exactly one of the two: out of stock, or withdrawn, but not both
result = (
    Product.objects.filter(Q(stock=0) ^ Q(is_active=False))
    .order_by("pk")
    .values_list("name", "stock", "is_active")
)
