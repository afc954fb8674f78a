from datetime import datetime, timedelta, timezone
from shop.models import Order, OrderItem, Product

now = datetime(2025, 7, 1, tzinfo=timezone.utc)  # real code: timezone.now()

# A New Year's Day order for SQL Performance Explained
order = Order.objects.create(customer_id=4, created_at=datetime(2025, 1, 1, 11, 30, tzinfo=timezone.utc))
OrderItem.objects.create(order=order, product_id=8, quantity=1, unit_price_cents=3500)

for label, cutoff in [
    ("6 calendar months", datetime(2025, 1, 1, tzinfo=timezone.utc)),
    ("180 days", now - timedelta(days=180)),
]:
    products = Product.objects.exclude(order_items__order__created_at__gte=cutoff).order_by("name")
    print(label, cutoff.date(), [product.name for product in products])
