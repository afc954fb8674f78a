from shop.models import Product

Product.objects.get(pk=999)
