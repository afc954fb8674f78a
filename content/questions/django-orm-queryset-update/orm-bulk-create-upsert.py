from shop.models import OrderItem

# Pending order 20 has one line, The Pragmatic Programmer x 1. The basket sends its new content:
basket = [
    OrderItem(order_id=20, product_id=6, quantity=2, unit_price_cents=4200),  # line exists: update it
    OrderItem(order_id=20, product_id=2, quantity=1, unit_price_cents=2499),  # new line: insert it
]
saved = OrderItem.objects.bulk_create(
    basket,
    update_conflicts=True,
    unique_fields=["order", "product"],  # the columns of the one_item_per_product_per_order constraint
    update_fields=["quantity", "unit_price_cents"],
)
print("primary keys on the objects:", [item.pk for item in saved])
result = OrderItem.objects.filter(order_id=20).order_by("pk").values_list("pk", "product__name", "quantity")
