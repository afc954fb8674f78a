from django.db.models import Q
from shop.models import Product

# In Electronics, or priced over 300.00
result = (
    Product.objects.filter(Q(category__name="Electronics") | Q(price_cents__gt=30000))
    .order_by("pk")
    .values_list("name", "category__name", "price_cents")
)
