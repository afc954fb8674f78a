SELECT name,
       price_cents,
       sale_price_cents,
       COALESCE(sale_price_cents, price_cents) AS charged_cents,
       price_cents - sale_price_cents AS saving_naive,
       price_cents - COALESCE(sale_price_cents, price_cents) AS saving
FROM products
ORDER BY id;
