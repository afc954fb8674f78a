from datetime import datetime, timezone
from django.db import transaction
from shop.models import Order

now = datetime(2025, 7, 1, tzinfo=timezone.utc)  # real code: timezone.now()


def ship_next_orders(batch_size):
    """One warehouse worker's turn: claim the oldest paid orders no other worker holds, ship them."""
    with transaction.atomic():
        batch = list(
            Order.objects.select_for_update(skip_locked=True)
            .filter(status=Order.Status.PAID)
            .order_by("created_at", "pk")[:batch_size]
        )
        for order in batch:
            order.status = Order.Status.SHIPPED
            order.shipped_at = now
            order.save(update_fields=["status", "shipped_at"])
    return [order.pk for order in batch]


result = ship_next_orders(2)
