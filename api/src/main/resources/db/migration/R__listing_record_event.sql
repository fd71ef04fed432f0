-- Owned by the listing area. First created by V5; this repeatable migration is its
-- current definition: change the function here, never in a versioned migration.
CREATE OR REPLACE FUNCTION listing_record_event() RETURNS trigger AS $$
DECLARE
    before jsonb;
    after  jsonb := to_jsonb(NEW) - 'search_version' - 'updated_at';
    kind   text;
BEGIN
    IF TG_OP = 'INSERT' THEN
        kind := 'CREATED';
    ELSE
        before := to_jsonb(OLD) - 'search_version' - 'updated_at';
        IF before = after THEN
            RETURN NULL; -- a touch from a supplier or depot change, not a change of the listing
        END IF;
        IF (before - 'available_quantity' - 'status') = (after - 'available_quantity' - 'status') THEN
            kind := CASE WHEN OLD.status IS DISTINCT FROM NEW.status
                          AND OLD.available_quantity = NEW.available_quantity
                         THEN 'STATUS_CHANGED' ELSE 'STOCK_CHANGED' END;
        ELSE
            kind := 'UPDATED';
        END IF;
    END IF;
    INSERT INTO listing_event (listing_id, supplier_id, type, actor, listing)
    VALUES (NEW.id, NEW.supplier_id, kind, NULLIF(current_setting('boucle.actor', true), ''), after);
    RETURN NULL;
END $$ LANGUAGE plpgsql;
