from django.db.models import Q
from shop.models import Order


def orders_after(last=None, size=5):
    """The next `size` orders, newest first, after the last one the client saw."""
    orders = Order.objects.order_by("-created_at", "-pk")
    if last is not None:
        # The first filter repeats the bound on created_at, so that the index can seek to it.
        orders = orders.filter(created_at__lte=last.created_at).filter(
            Q(created_at__lt=last.created_at)
            | Q(created_at=last.created_at, pk__lt=last.pk)
        )
    return list(orders[:size])


first_page = orders_after()
second_page = orders_after(last=first_page[-1])
print([order.pk for order in first_page])
print([order.pk for order in second_page])
