from django.db.models import F
from shop.models import Product

Product.objects.filter(category__name="Books").update(stock=F("stock") - 5)
