from django.db.models import Count
from shop.models import Customer

filter_first = Customer.objects.filter(orders__status="shipped").annotate(order_count=Count("orders"))
print("filter, then annotate:", list(filter_first.order_by("pk").values_list("name", "order_count")))

annotate_first = Customer.objects.annotate(order_count=Count("orders")).filter(orders__status="shipped")
print("annotate, then filter:", list(annotate_first.order_by("pk").values_list("name", "order_count")))
