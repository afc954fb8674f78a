from django.db.models import Count
from shop.models import Category

result = Category.objects.annotate(product_count=Count("products")).order_by("name").values_list("name", "product_count")
