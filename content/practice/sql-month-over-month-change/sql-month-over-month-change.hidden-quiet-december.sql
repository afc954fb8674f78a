-- December 2024's two sales were reversed and removed.
DELETE FROM sales WHERE sold_on BETWEEN '2024-12-01' AND '2024-12-31';
