from django.db.models import Q
from shop.models import Product

result = Product.objects.filter(Q(tags__name="gift") & Q(tags__name="bestseller"))
