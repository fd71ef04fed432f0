-- Owned by the catalogue area. First created by V4; this repeatable migration is its
-- current definition: change the function here, never in a versioned migration.
CREATE OR REPLACE FUNCTION catalogue_touch_listings_of_supplier() RETURNS trigger AS $$
BEGIN
    UPDATE listing SET updated_at = updated_at WHERE supplier_id = NEW.id;
    RETURN NULL;
END $$ LANGUAGE plpgsql;
