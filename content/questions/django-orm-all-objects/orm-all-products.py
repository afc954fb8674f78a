from shop.models import Product

result = Product.objects.all()
