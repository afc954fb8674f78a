from shop.models import Product

Product.objects.get(category__name="Books")
