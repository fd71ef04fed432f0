-- Owned by the catalogue area. First created by V5; this repeatable migration is its
-- current definition: change the function here, never in a versioned migration.
-- The operator edits the taxonomy: listings of a changed node (and of its subtree) are re-indexed
-- with the new labels and path.
CREATE OR REPLACE FUNCTION catalogue_touch_listings_of_category() RETURNS trigger AS $$
BEGIN
    UPDATE listing SET updated_at = updated_at WHERE category_id IN (
        WITH RECURSIVE sub(id) AS (
            SELECT NEW.id UNION ALL SELECT c.id FROM category c JOIN sub ON c.parent_id = sub.id)
        SELECT id FROM sub);
    RETURN NULL;
END $$ LANGUAGE plpgsql;
