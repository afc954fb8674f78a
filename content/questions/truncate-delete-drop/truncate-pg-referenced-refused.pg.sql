-- loans.book_id references books: emptying books alone would leave loans pointing at nothing.
TRUNCATE books;
