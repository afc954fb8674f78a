from django.db.models import Count
from shop.models import Order

per_status = Order.objects.values("status").annotate(n=Count("id"))
print(per_status.order_by("-n", "status").first())  # the most common status
per_status.first()  # no ordering: Django refuses rather than group by the primary key
