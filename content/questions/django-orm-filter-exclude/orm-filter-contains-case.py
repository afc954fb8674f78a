from shop.models import Product

result = Product.objects.filter(name__contains="pro").order_by("pk").values_list("name", flat=True)
