-- Grouping by name merges two different products that happen to share a name into one row.
SELECT p.name, COALESCE(SUM(i.quantity * i.unit_price_cents), 0) AS revenue_cents
FROM shop_product AS p
LEFT JOIN shop_orderitem AS i ON i.product_id = p.id
GROUP BY p.name
ORDER BY revenue_cents DESC, p.name;
