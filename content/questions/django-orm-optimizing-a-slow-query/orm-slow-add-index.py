from django.db import migrations, models
from inline_migrations import AppMigrations
from shop.models import Order


# In shop/models.py, class Order gets:
#     class Meta:
#         indexes = [
#             models.Index(
#                 fields=["status", "created_at"], name="order_status_created_idx"
#             ),
#         ]
# and makemigrations writes this migration for it:
class AddStatusCreatedIndex(migrations.Migration):
    operations = [
        migrations.AddIndex(
            "order",
            models.Index(
                fields=["status", "created_at"], name="order_status_created_idx"
            ),
        ),
    ]


AppMigrations("shop", AddStatusCreatedIndex).migrate()

# The warehouse's queue: paid orders, oldest first. The index adds no column,
# so the Order class still fits the table.
queue = Order.objects.filter(status="paid").order_by("created_at")
for pk, created_at in queue.values_list("pk", "created_at"):
    print(pk, created_at)
