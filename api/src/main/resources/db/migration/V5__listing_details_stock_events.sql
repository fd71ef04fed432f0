-- Supplier stock: the listing's remaining details (dimensions, delivery), the available quantity
-- kept by the stock ledger itself, and the listing change feed that suppliers' stock systems and
-- later reports read.

ALTER TABLE listing
    ADD COLUMN length_cm             int CHECK (length_cm BETWEEN 1 AND 10000),
    ADD COLUMN width_cm              int CHECK (width_cm BETWEEN 1 AND 10000),
    ADD COLUMN height_cm             int CHECK (height_cm BETWEEN 1 AND 10000),
    ADD COLUMN pickup_available      boolean NOT NULL DEFAULT true,
    ADD COLUMN delivery_departments  text[]  NOT NULL DEFAULT '{}',
    ADD COLUMN delivery_fee_cents    bigint CHECK (delivery_fee_cents >= 0),
    ADD COLUMN delivery_lead_days    int CHECK (delivery_lead_days BETWEEN 0 AND 365),
    ADD COLUMN published_at          timestamptz,
    -- The sum of the listing's stock ledger, kept by the ledger's trigger in the same transaction.
    ADD COLUMN available_quantity    int NOT NULL DEFAULT 0;

UPDATE listing l SET available_quantity = GREATEST(0, COALESCE(
    (SELECT sum(m.quantity) FROM stock_movement m WHERE m.listing_id = l.id), 0));
UPDATE listing SET published_at = created_at WHERE status <> 'DRAFT';

-- The ledger can never go below zero, and a unique item is one unit.
ALTER TABLE listing
    ADD CONSTRAINT listing_stock_not_negative CHECK (available_quantity >= 0),
    ADD CONSTRAINT listing_unique_item_is_one CHECK (kind <> 'UNIQUE_ITEM' OR available_quantity <= 1);

CREATE INDEX listing_supplier_updated_idx ON listing (supplier_id, updated_at DESC);

-- Stock movements update their listings' available quantity (locking each listing row, so
-- concurrent movements on one listing serialise) and move a published listing to SOLD_OUT when it
-- reaches zero, back to PUBLISHED when stock returns. Once per statement: a batch of movements (an
-- import) updates each listing once. The update also queues the listing for the catalogue through
-- the listing's own triggers (V4).
DROP TRIGGER stock_movement_catalogue ON stock_movement;
DROP FUNCTION catalogue_touch_listing_of_movement();

-- A new listing is inserted with its opening stock already in available_quantity; its RECEIVED
-- row is marked `opening`, and instead of being added again it is checked: the listing's quantity
-- must equal the sum of its ledger.
ALTER TABLE stock_movement ADD COLUMN opening boolean NOT NULL DEFAULT false;

CREATE FUNCTION stock_apply_movements() RETURNS trigger AS $$
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

CREATE TRIGGER stock_movement_apply AFTER INSERT ON stock_movement
    REFERENCING NEW TABLE AS moved FOR EACH STATEMENT EXECUTE FUNCTION stock_apply_movements();

-- The listing change feed. Rows are written by a trigger in the transaction of the change; `tx`
-- lets readers page by commit order: a reader only takes rows of transactions older than every
-- transaction still running, so a cursor never skips a change that commits late.
CREATE TABLE listing_event (
    id           bigserial PRIMARY KEY,
    listing_id   uuid        NOT NULL,
    supplier_id  uuid        NOT NULL,
    type         text        NOT NULL CHECK (type IN ('CREATED', 'UPDATED', 'STATUS_CHANGED', 'STOCK_CHANGED')),
    actor        text,
    listing      jsonb       NOT NULL,
    tx           xid8        NOT NULL DEFAULT pg_current_xact_id(),
    occurred_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX listing_event_supplier_feed_idx ON listing_event (supplier_id, tx, id);
CREATE INDEX listing_event_feed_idx ON listing_event (tx, id);

CREATE FUNCTION listing_record_event() RETURNS trigger AS $$
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

CREATE TRIGGER listing_event AFTER INSERT OR UPDATE ON listing
    FOR EACH ROW EXECUTE FUNCTION listing_record_event();

-- The operator edits the taxonomy: listings of a changed node (and of its subtree) are re-indexed
-- with the new labels and path.
CREATE FUNCTION catalogue_touch_listings_of_category() RETURNS trigger AS $$
BEGIN
    UPDATE listing SET updated_at = updated_at WHERE category_id IN (
        WITH RECURSIVE sub(id) AS (
            SELECT NEW.id UNION ALL SELECT c.id FROM category c JOIN sub ON c.parent_id = sub.id)
        SELECT id FROM sub);
    RETURN NULL;
END $$ LANGUAGE plpgsql;

CREATE TRIGGER category_catalogue AFTER UPDATE ON category
    FOR EACH ROW EXECUTE FUNCTION catalogue_touch_listings_of_category();
