from shop.models import Order

# Orders containing at least one Electronics product
with_electronics = Order.objects.filter(products__category__name="Electronics").order_by("pk")
print(list(with_electronics.values_list("pk", flat=True)))

# distinct(), but ordered by a field of the relation: that field joins the DISTINCT
by_quantity = with_electronics.distinct().order_by("items__quantity", "pk")
print(list(by_quantity.values_list("pk", flat=True)))

result = with_electronics.distinct().values_list("pk", flat=True)
