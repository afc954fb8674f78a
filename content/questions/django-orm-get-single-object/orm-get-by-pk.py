from shop.models import Product

result = Product.objects.get(pk=3)
