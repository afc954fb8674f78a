from shop.models import Product

result = Product.objects.order_by("name").values_list("name", "price_cents")
