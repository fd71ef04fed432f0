-- Owned by the listing area. First created by V5; this repeatable migration is its
-- current definition: change the function here, never in a versioned migration.
CREATE OR REPLACE FUNCTION stock_apply_movements() RETURNS trigger AS $$
BEGIN
    IF EXISTS (
        SELECT 1 FROM (SELECT DISTINCT listing_id FROM moved WHERE opening) o
          JOIN listing l ON l.id = o.listing_id
         WHERE l.available_quantity <> (SELECT COALESCE(sum(s.quantity), 0) FROM stock_movement s
                                         WHERE s.listing_id = l.id)) THEN
        RAISE EXCEPTION 'an opening stock movement does not match its listing''s available quantity'
            USING ERRCODE = 'check_violation';
    END IF;
    UPDATE listing l
       SET available_quantity = l.available_quantity + m.delta,
           status = CASE
               WHEN l.status = 'PUBLISHED' AND l.available_quantity + m.delta = 0 THEN 'SOLD_OUT'
               WHEN l.status = 'SOLD_OUT' AND l.available_quantity + m.delta > 0 THEN 'PUBLISHED'
               ELSE l.status END
      FROM (SELECT listing_id, sum(quantity)::int AS delta FROM moved WHERE NOT opening
            GROUP BY listing_id) m
     WHERE l.id = m.listing_id;
    RETURN NULL;
END $$ LANGUAGE plpgsql;
