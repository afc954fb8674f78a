from shop.models import Product

result = Product.objects.filter(price_cents__gt=10000).order_by("pk")
