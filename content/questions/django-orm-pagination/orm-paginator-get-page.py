from django.core.paginator import Paginator
from shop.models import Order

paginator = Paginator(Order.objects.order_by("-created_at", "-pk"), per_page=5)
print(paginator.get_page("abc"))  # ?page=abc: not a number, so page 1
last = paginator.get_page(99)  # ?page=99: past the end, so the last page
print(last, [order.pk for order in last])
paginator.page(99)  # page() raises instead
