-- An inner join drops the product that was never ordered instead of listing it with 0.
SELECT p.name, SUM(i.quantity * i.unit_price_cents) AS revenue_cents
FROM shop_product AS p
JOIN shop_orderitem AS i ON i.product_id = p.id
GROUP BY p.id, p.name
ORDER BY revenue_cents DESC, p.name;
