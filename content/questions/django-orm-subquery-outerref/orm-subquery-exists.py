from django.db.models import Exists, OuterRef
from shop.models import Customer, Order

orders_in_2025 = Order.objects.filter(customer=OuterRef("pk"), created_at__year=2025)

print(list(Customer.objects.filter(~Exists(orders_in_2025)).values_list("name", flat=True)))
result = Customer.objects.filter(Exists(orders_in_2025)).order_by("pk").values_list("name", flat=True)
