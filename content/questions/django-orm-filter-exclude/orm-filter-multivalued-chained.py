from shop.models import Product

result = Product.objects.filter(tags__name="gift").filter(tags__name="bestseller").order_by("pk")
