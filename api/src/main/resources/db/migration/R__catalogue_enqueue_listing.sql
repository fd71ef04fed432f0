-- Owned by the catalogue area. First created by V4; this repeatable migration is its
-- current definition: change the function here, never in a versioned migration.
CREATE OR REPLACE FUNCTION catalogue_enqueue_listing() RETURNS trigger AS $$
BEGIN
    INSERT INTO catalogue_outbox (listing_id) VALUES (NEW.id);
    RETURN NULL;
END $$ LANGUAGE plpgsql;
