from shop.models import Product

result = Product.objects.filter(category__name="Books").order_by("price_cents")
