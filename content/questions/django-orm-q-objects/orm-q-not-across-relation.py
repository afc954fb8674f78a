from django.db.models import Q
from shop.models import Product

result = Product.objects.filter(~Q(tags__name="sale")).order_by("pk").values_list("name", flat=True)
