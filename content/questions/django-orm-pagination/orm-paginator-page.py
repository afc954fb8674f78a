from django.core.paginator import Paginator
from shop.models import Order

# /orders/?page=2, newest first, five a page; the primary key breaks ties in created_at.
paginator = Paginator(Order.objects.order_by("-created_at", "-pk"), per_page=5)
page = paginator.page(2)
print(f"{paginator.count} orders in {paginator.num_pages} pages")
print(f"page {page.number}: orders {page.start_index()} to {page.end_index()}")
for order in page:
    print(order.pk, order.created_at.date(), order.status)
