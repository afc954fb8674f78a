from datetime import datetime, timezone

from shop.models import Order, OrderItem, Product

# Six calendar months before "now" (2025-07-01), as computed on the first example
cutoff = datetime(2025, 1, 1, tzinfo=timezone.utc)

# A cart just created in June: an order with no lines yet
Order.objects.create(customer_id=8, created_at=datetime(2025, 6, 30, 18, 0, tzinfo=timezone.utc))

recent_via_orders = Order.objects.filter(created_at__gte=cutoff).values("products")
print("via Order.values('products'):", list(Product.objects.exclude(id__in=recent_via_orders).order_by("name")))

recent_via_lines = OrderItem.objects.filter(order__created_at__gte=cutoff).values("product_id")
print("via OrderItem.values('product_id'):", list(Product.objects.exclude(id__in=recent_via_lines).order_by("name")))
