from shop.models import Order

# Orders containing at least one Electronics product
with_electronics = Order.objects.filter(products__category__name="Electronics").order_by("pk")
print(list(with_electronics.values_list("pk", flat=True)))

result = with_electronics.distinct().values_list("pk", flat=True)
