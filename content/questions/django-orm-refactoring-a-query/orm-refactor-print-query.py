from shop.models import Customer

names = Customer.objects.filter(city="London").order_by("name").values_list("name", flat=True)
print(names.query)  # for reading the joins: the values are pasted in unquoted
result = list(names)
