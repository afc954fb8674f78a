from shop.models import Order

newest_first = ("-created_at", "-pk")
# Page 3, five a page: the OFFSET runs over the sort key and id only, in a subquery...
page_ids = Order.objects.order_by(*newest_first).values("pk")[10:15]
# ...and only the five rows of the page are read in full.
result = Order.objects.filter(pk__in=page_ids).order_by(*newest_first)
