from shop.models import Customer

# iexact on SQLite is LIKE, which folds the case of ASCII letters only: "Ó" is not "ó" here.
result = Customer.objects.filter(name__iexact="CARLA GÓMEZ").values_list("name", flat=True)
