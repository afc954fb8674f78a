from django.core.paginator import Paginator
from django.db.models import Count
from shop.models import Customer

customers = (
    Customer.objects.annotate(order_count=Count("orders"))
    .values("name", "order_count")
    .order_by("-order_count", "name")
)
page = Paginator(customers, per_page=3).page(1)
print(page.paginator.count)
result = list(page)
