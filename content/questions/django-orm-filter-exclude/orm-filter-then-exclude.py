from shop.models import Product

result = Product.objects.filter(category__name="Electronics").exclude(stock=0).order_by("name").values_list("name", "stock")
