-- Owned by the catalogue area. First created by V6; this repeatable migration is its
-- current definition: change the function here, never in a versioned migration.
CREATE OR REPLACE FUNCTION catalogue_touch_listings_of_new_photos() RETURNS trigger AS $$
BEGIN
    UPDATE listing SET updated_at = updated_at WHERE id IN (SELECT DISTINCT listing_id FROM new_photos);
    RETURN NULL;
END $$ LANGUAGE plpgsql;
