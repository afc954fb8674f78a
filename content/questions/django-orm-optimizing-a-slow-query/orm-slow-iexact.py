from shop.models import Customer

# A log-in form: the address as the user typed it, matched whatever its case.
matches = Customer.objects.filter(email__iexact="Alice@Example.com")
result = list(matches.values_list("name", flat=True))
