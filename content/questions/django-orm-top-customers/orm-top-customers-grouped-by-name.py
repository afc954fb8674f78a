from datetime import date, datetime, timezone
from django.db.models import Count
from shop.models import Customer, Order

# A second customer called David Okafor, with two orders
namesake = Customer.objects.create(
    name="David Okafor", email="d.okafor@example.org", city="Abuja", joined_on=date(2025, 1, 20),
)
utc = timezone.utc
Order.objects.create(customer=namesake, created_at=datetime(2025, 2, 3, 10, 0, tzinfo=utc))
Order.objects.create(customer=namesake, created_at=datetime(2025, 5, 21, 16, 30, tzinfo=utc))

# The common answer (plus a tie-breaker): grouped by name
by_name = (
    Order.objects.values("customer__name")
    .annotate(total_orders=Count("id"))
    .order_by("-total_orders", "customer__name")[:3]
)
print(list(by_name))

# Grouped by customer
customers = Customer.objects.annotate(order_count=Count("orders"))
by_customer = customers.order_by("-order_count", "pk")[:3]
print([(customer.pk, customer.name, customer.order_count) for customer in by_customer])
