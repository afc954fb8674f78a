-- What TrigramExtension() and GinIndex(OpClass(Upper("name"), name="gin_trgm_ops"), name="product_name_trgm_idx") create
CREATE EXTENSION pg_trgm;
CREATE INDEX "product_name_trgm_idx" ON "shop_product" USING gin ((UPPER("name")) gin_trgm_ops);
