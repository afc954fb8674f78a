from shop.models import Product, Tag

mouse = Product.objects.get(name="Wireless Mouse")  # tagged bestseller and sale
mouse.tags.set(Tag.objects.filter(name__in=["sale", "clearance"]).order_by("name"))
print([tag.name for tag in mouse.tags.order_by("name")])

mouse.tags.clear()
print(mouse.tags.count())
