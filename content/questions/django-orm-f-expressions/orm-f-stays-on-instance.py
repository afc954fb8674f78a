from django.db.models import F
from shop.models import Product

mouse = Product.objects.get(pk=2)
mouse.stock = F("stock") - 1
mouse.save(update_fields=["stock"])
print(repr(mouse.stock))  # still the expression, not a number

mouse.is_active = False
mouse.save()  # writes every field, so "stock" - 1 runs a second time
mouse.refresh_from_db()
print(mouse.stock)
