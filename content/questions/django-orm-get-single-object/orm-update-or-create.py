from datetime import date

from shop.models import Customer

alice, created = Customer.objects.update_or_create(
    email="alice@example.com",
    defaults={"city": "Lyon"},
)
print(alice.name, alice.city, created)
result = Customer.objects.filter(email="alice@example.com").values_list("city", flat=True).get()
