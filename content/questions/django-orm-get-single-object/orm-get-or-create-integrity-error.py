from datetime import date

from django.db import transaction
from shop.models import Customer

with transaction.atomic():  # as in a view with ATOMIC_REQUESTS: get_or_create() uses a savepoint
    # name is part of the lookup, so the SELECT misses Alice, and the INSERT hits the unique email.
    Customer.objects.get_or_create(
        email="alice@example.com",
        name="Alice M.",
        defaults={"city": "Paris", "joined_on": date(2023, 2, 14)},
    )
