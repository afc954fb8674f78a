from django.db.models import F
from shop.models import Product

updated = Product.objects.filter(category__name="Books", is_active=True).update(stock=F("stock") + 10)
print(updated, "rows updated")

result = Product.objects.filter(category__name="Books").order_by("pk").values_list("name", "is_active", "stock")
