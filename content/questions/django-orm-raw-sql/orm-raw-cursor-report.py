from django.db import connection

# Monthly revenue and its running total: a window function over an aggregate,
# which Django's built-in Sum cannot be nested into.
MONTHLY_REVENUE = """
    WITH monthly AS (
        SELECT strftime('%%Y-%%m', o.created_at) AS month,
               SUM(i.quantity * i.unit_price_cents) AS revenue_cents
        FROM shop_order o
        JOIN shop_orderitem i ON i.order_id = o.id
        WHERE o.status <> %s
        GROUP BY month
    )
    SELECT month, revenue_cents,
           SUM(revenue_cents) OVER (ORDER BY month) AS running_total_cents
    FROM monthly
    ORDER BY month
"""
with connection.cursor() as cursor:
    cursor.execute(MONTHLY_REVENUE, ["cancelled"])
    for month, revenue_cents, running_total_cents in cursor.fetchall():
        print(month, revenue_cents, running_total_cents)
