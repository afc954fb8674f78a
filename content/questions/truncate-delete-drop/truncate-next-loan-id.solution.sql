SELECT MAX(
         COALESCE((SELECT seq FROM sqlite_sequence WHERE name = 'loans'), 0),
         COALESCE((SELECT MAX(id) FROM loans), 0)
       ) + 1 AS next_id;
