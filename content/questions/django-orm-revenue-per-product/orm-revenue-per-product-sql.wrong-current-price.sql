-- Multiplies by the product's current price, so every sale made at another price is counted at today's price.
SELECT p.name, COALESCE(SUM(i.quantity * p.price_cents), 0) AS revenue_cents
FROM shop_product AS p
LEFT JOIN shop_orderitem AS i ON i.product_id = p.id
GROUP BY p.id, p.name
ORDER BY revenue_cents DESC, p.name;
