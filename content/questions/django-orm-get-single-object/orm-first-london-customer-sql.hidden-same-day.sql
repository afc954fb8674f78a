-- Farid's join date was corrected: he signed up the same day as Bob.
UPDATE shop_customer SET joined_on = '2023-05-02' WHERE id = 6;
