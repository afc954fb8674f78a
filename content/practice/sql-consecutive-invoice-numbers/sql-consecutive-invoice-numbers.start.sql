-- invoices(id, number, issued_on, client, amount_cents)
SELECT number
FROM invoices
ORDER BY number;
