from shop.models import Product

for product in Product.objects.filter(category__name="Kitchen").prefetch_related("tags"):
    print(product.name, [tag.name for tag in product.tags.all()])
