from django.db.models import Avg, Count, Max
from shop.models import Customer

print(Customer.objects.aggregate(order_count=Count("orders")))
print(Customer.objects.annotate(order_count=Count("orders")).order_by("pk").values_list("name", "order_count")[:3])
result = Customer.objects.annotate(order_count=Count("orders")).aggregate(average=Avg("order_count"), most=Max("order_count"))
