-- The needs board asks which suppliers have stock on sale in some categories (a need published:
-- NotifySuppliers) and matches the listings put on sale (WatchNewStock): both read only listings
-- on sale, by category. Without it each question read every listing of the table (100,000
-- listings: 360 ms; with it, an index-only scan: 4-13 ms, docs/benchmarks.md "Needs matching").
CREATE INDEX listing_on_sale_category_supplier_idx ON listing (category_id, supplier_id)
    WHERE status = 'PUBLISHED' AND available_quantity > 0;
