from django.db.models import F
from shop.models import Product

updated = Product.objects.update(stock=F("stock") + 10)
print(updated, "rows updated")

result = Product.objects.order_by("pk").values_list("name", "stock")
