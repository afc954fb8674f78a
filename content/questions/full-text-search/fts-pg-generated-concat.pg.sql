-- concat() is not immutable either: it turns any type into text, and some types' text depends on settings.
ALTER TABLE articles ADD COLUMN search tsvector
  GENERATED ALWAYS AS (to_tsvector('english', concat(title, ' ', body))) STORED;
