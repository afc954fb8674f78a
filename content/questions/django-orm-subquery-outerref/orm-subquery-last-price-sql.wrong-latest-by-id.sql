-- Takes the line with the largest id as the latest, which is wrong for an order entered late with an older date.
SELECT p.name,
       (SELECT o.created_at FROM shop_orderitem AS i JOIN shop_order AS o ON o.id = i.order_id
        WHERE i.product_id = p.id ORDER BY i.id DESC LIMIT 1) AS last_ordered_at,
       (SELECT i.unit_price_cents FROM shop_orderitem AS i
        WHERE i.product_id = p.id ORDER BY i.id DESC LIMIT 1) AS last_price_cents
FROM shop_product AS p
ORDER BY p.id;
