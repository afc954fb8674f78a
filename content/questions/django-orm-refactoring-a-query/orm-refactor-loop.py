from shop.models import Customer

# Before: each customer's orders (not the cancelled ones) and what they spent, in cents
for customer in Customer.objects.order_by("name"):
    orders = customer.orders.exclude(status="cancelled")
    spent_cents = 0
    for order in orders:
        for item in order.items.all():
            spent_cents += item.quantity * item.unit_price_cents
    print(customer.name, orders.count(), spent_cents)
