from django.db.models import F
from django.db.models.functions import Round
from shop.models import Product

electronics = Product.objects.filter(category__name="Electronics")
electronics.update(price_cents=Round(F("price_cents") * 1.1))

result = electronics.order_by("pk").values_list("name", "price_cents")
