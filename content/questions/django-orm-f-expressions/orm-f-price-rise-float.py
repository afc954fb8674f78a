from django.db.models import F
from shop.models import Product

electronics = Product.objects.filter(category__name="Electronics")
electronics.update(price_cents=F("price_cents") * 1.1)  # a common answer: a 10% rise

result = electronics.order_by("pk").values_list("name", "price_cents")
