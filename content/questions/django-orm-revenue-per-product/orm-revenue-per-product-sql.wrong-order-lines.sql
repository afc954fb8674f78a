-- Joining back from the orders to all their lines credits each product with every line of every basket it was in.
SELECT p.name, COALESCE(SUM(other.quantity * other.unit_price_cents), 0) AS revenue_cents
FROM shop_product AS p
LEFT JOIN shop_orderitem AS i ON i.product_id = p.id
LEFT JOIN shop_orderitem AS other ON other.order_id = i.order_id
GROUP BY p.id, p.name
ORDER BY revenue_cents DESC, p.name;
