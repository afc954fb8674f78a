from shop.models import Product

kitchen = Product.objects.filter(category__name="Kitchen").order_by("name")
for product in kitchen.prefetch_related("tags"):
    # The prefetch query has no ORDER BY (Tag has no Meta.ordering), so sort here.
    print(product.name, sorted(tag.name for tag in product.tags.all()))
