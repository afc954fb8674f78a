-- "category <> 'Electronics'" is tested row by row, so a customer with a book row is kept even if they also bought electronics.
SELECT DISTINCT cu.name AS customer
FROM shop_customer AS cu
JOIN shop_order AS o ON o.customer_id = cu.id
JOIN shop_orderitem AS i ON i.order_id = o.id
JOIN shop_product AS p ON p.id = i.product_id
JOIN shop_category AS c ON c.id = p.category_id
WHERE o.status <> 'cancelled' AND c.name = 'Books' AND c.name <> 'Electronics'
ORDER BY customer;
