from django.db.models import F
from shop.models import Product

hub = Product.objects.get(pk=4)
hub.stock += 5  # computed in Python, from the value read above
hub.save()  # writes every column back

hub.stock = F("stock") + 5  # computed by the database when it saves
hub.save(update_fields=["stock"])
hub.refresh_from_db(fields=["stock"])
print(hub.stock)
