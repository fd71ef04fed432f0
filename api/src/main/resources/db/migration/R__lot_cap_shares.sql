-- Owned by the agreement area. First created by V10; this repeatable migration is its
-- current definition: change the function here, never in a versioned migration.
CREATE OR REPLACE FUNCTION lot_cap_shares() RETURNS int IMMUTABLE LANGUAGE sql AS 'SELECT 16';
