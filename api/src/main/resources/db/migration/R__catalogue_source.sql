-- Owned by the catalogue area: the one place where it reads the tables of the areas it projects
-- into Elasticsearch (listing, organisation, depot, category, listing_photo). The catalogue's Java
-- code reads listings only through this view, so what the search index shows is declared here.
-- Repeatable: change the view here, never in a versioned migration.
CREATE OR REPLACE VIEW catalogue_source AS
WITH RECURSIVE tree(id, path, labels) AS (
    SELECT id, ARRAY[id], ARRAY[label_fr] FROM category WHERE parent_id IS NULL
    UNION ALL
    SELECT c.id, t.path || c.id, t.labels || c.label_fr FROM category c JOIN tree t ON c.parent_id = t.id)
SELECT l.id, l.title, l.description, l.brand, l.model, l.category_id, l.condition_grade, l.origin,
       l.warranty_months, l.energy_class, l.weight_grams, l.price_excl_vat_cents, l.vat_rate_bp,
       l.minimum_order_quantity, l.status, l.created_at, l.updated_at, l.search_version,
       l.available_quantity AS available,
       o.id AS supplier_id, o.legal_name, o.insertion_status, o.siret, o.departments_served,
       o.status AS supplier_status,
       d.name AS depot_name, d.street, d.postcode, d.city, d.department, d.latitude, d.longitude,
       c.agec_category, ct.path AS category_path, ct.labels AS category_labels,
       -- The first photo, shown as its thumbnail.
       (SELECT ph.id FROM listing_photo ph WHERE ph.listing_id = l.id ORDER BY ph.position LIMIT 1)
           AS photo_id
FROM listing l
JOIN organisation o ON o.id = l.supplier_id
JOIN depot d ON d.id = l.depot_id
JOIN category c ON c.id = l.category_id
JOIN tree ct ON ct.id = l.category_id;
