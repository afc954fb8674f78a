from datetime import datetime, timedelta, timezone
from shop.models import Order, OrderItem, Product

now = datetime(2025, 7, 1, tzinfo=timezone.utc)  # real code: timezone.now()

# A New Year's Day order for SQL Performance Explained
new_year = datetime(2025, 1, 1, 11, 30, tzinfo=timezone.utc)
order = Order.objects.create(customer_id=4, created_at=new_year)
OrderItem.objects.create(order=order, product_id=8, quantity=1, unit_price_cents=3500)

for label, cutoff in [
    ("6 calendar months", datetime(2025, 1, 1, tzinfo=timezone.utc)),
    ("180 days", now - timedelta(days=180)),
]:
    products = Product.objects.exclude(order_items__order__created_at__gte=cutoff)
    print(label, cutoff.date(), [product.name for product in products.order_by("name")])
