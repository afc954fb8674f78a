from shop.models import Customer

result = Customer.objects.filter(city="London").order_by("joined_on").first()
