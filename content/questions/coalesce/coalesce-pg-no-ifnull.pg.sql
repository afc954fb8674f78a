SELECT IFNULL(NULL, 'fallback') AS ifnull_result;
