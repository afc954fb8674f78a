import calendar
from datetime import datetime, timezone
from shop.models import Product


def months_before(moment, months):
    """`months` calendar months before `moment`: the same day, or that month's last day."""
    month_index = moment.year * 12 + moment.month - 1 - months
    year, month = month_index // 12, month_index % 12 + 1
    day = min(moment.day, calendar.monthrange(year, month)[1])
    return moment.replace(year=year, month=month, day=day)


now = datetime(2025, 7, 1, tzinfo=timezone.utc)  # real code: timezone.now()
cutoff = months_before(now, 6)
print("cutoff:", cutoff)
print("31 August minus 6 months:", months_before(datetime(2025, 8, 31), 6).date())

result = Product.objects.exclude(order_items__order__created_at__gte=cutoff).order_by("name")
