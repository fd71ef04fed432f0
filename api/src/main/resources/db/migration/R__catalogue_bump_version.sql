-- Owned by the catalogue area. First created by V4; this repeatable migration is its
-- current definition: change the function here, never in a versioned migration.
CREATE OR REPLACE FUNCTION catalogue_bump_version() RETURNS trigger AS $$
BEGIN
    NEW.search_version := nextval('catalogue_version_seq');
    RETURN NEW;
END $$ LANGUAGE plpgsql;
