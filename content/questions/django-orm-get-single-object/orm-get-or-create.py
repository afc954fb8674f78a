from datetime import date

from shop.models import Customer

# The lookup is the unique field; everything else goes in defaults, used only to create.
zoe, created = Customer.objects.get_or_create(
    email="zoe@example.com",
    defaults={"name": "Zoe Park", "city": "Oslo", "joined_on": date(2025, 7, 1)},
)
print(zoe.pk, zoe.name, created)
again, created = Customer.objects.get_or_create(email="zoe@example.com", defaults={"name": "Zoe P."})
print(again.pk, again.name, created)
