from shop.models import Product, Tag

keyboard = Product.objects.get(name="Mechanical Keyboard")  # tagged "new"
gift, new = Tag.objects.filter(name__in=["gift", "new"]).order_by("name")
keyboard.tags.add(gift, new)  # "new" is already there
keyboard.tags.remove(new)
print([tag.name for tag in keyboard.tags.all()])
