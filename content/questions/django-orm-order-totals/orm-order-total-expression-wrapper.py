from django.db.models import ExpressionWrapper, F, FloatField, Sum
from django.db.models.functions import Cast
from shop.models import Order

orders = (
    Order.objects.filter(pk__in=[1, 19])
    .annotate(
        total_cents=Sum(F("items__quantity") * F("items__unit_price_cents")),
        wrapped=ExpressionWrapper(F("total_cents") / 100, output_field=FloatField()),
        cast=Cast("total_cents", FloatField()) / 100,
    )
    .order_by("pk")
)
for order in orders:
    print(order.pk, order.total_cents, order.wrapped, order.cast)
