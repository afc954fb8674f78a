from django.db.models import Count
from shop.models import Product

electronics = Product.objects.filter(category__name="Electronics").order_by("pk")

wrong = electronics.annotate(tag_count=Count("tags"), times_ordered=Count("order_items"))
print(list(wrong.values_list("name", "tag_count", "times_ordered")))

result = electronics.annotate(
    tag_count=Count("tags", distinct=True),
    times_ordered=Count("order_items", distinct=True),
).values_list("name", "tag_count", "times_ordered")
