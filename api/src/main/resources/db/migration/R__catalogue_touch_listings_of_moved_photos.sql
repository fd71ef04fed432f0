-- Owned by the catalogue area. First created by V6; this repeatable migration is its
-- current definition: change the function here, never in a versioned migration.
CREATE OR REPLACE FUNCTION catalogue_touch_listings_of_moved_photos() RETURNS trigger AS $$
BEGIN
    UPDATE listing SET updated_at = updated_at
     WHERE id IN (SELECT DISTINCT n.listing_id
                    FROM new_photos n JOIN old_photos o ON o.id = n.id
                   WHERE n.position IS DISTINCT FROM o.position);
    RETURN NULL;
END $$ LANGUAGE plpgsql;
