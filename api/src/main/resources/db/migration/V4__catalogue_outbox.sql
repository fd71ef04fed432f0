-- The catalogue in Elasticsearch is a projection of PostgreSQL. Every change that alters a
-- listing's catalogue document bumps the listing's search_version (from one sequence, so versions
-- only grow) and queues the listing in catalogue_outbox, in the same transaction as the change.
-- The relay indexes the listing's current row with search_version as the external version, so
-- late or repeated deliveries never regress a document.

CREATE SEQUENCE catalogue_version_seq;

ALTER TABLE listing ADD COLUMN search_version bigint NOT NULL DEFAULT 0;

CREATE TABLE catalogue_outbox (
    id              bigserial PRIMARY KEY,
    listing_id      uuid        NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT clock_timestamp(),
    attempts        int         NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX catalogue_outbox_due_idx ON catalogue_outbox (next_attempt_at, id);

-- Which physical index a full reindex is building, so the relay writes there too meanwhile.
CREATE TABLE catalogue_state (
    singleton        boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    rebuilding_index text
);
INSERT INTO catalogue_state (singleton) VALUES (true);

CREATE FUNCTION catalogue_bump_version() RETURNS trigger AS $$
BEGIN
    NEW.search_version := nextval('catalogue_version_seq');
    RETURN NEW;
END $$ LANGUAGE plpgsql;

CREATE FUNCTION catalogue_enqueue_listing() RETURNS trigger AS $$
BEGIN
    INSERT INTO catalogue_outbox (listing_id) VALUES (NEW.id);
    RETURN NULL;
END $$ LANGUAGE plpgsql;

CREATE FUNCTION catalogue_touch_listing_of_movement() RETURNS trigger AS $$
BEGIN
    UPDATE listing SET updated_at = updated_at WHERE id = NEW.listing_id;
    RETURN NULL;
END $$ LANGUAGE plpgsql;

CREATE FUNCTION catalogue_touch_listings_of_supplier() RETURNS trigger AS $$
BEGIN
    UPDATE listing SET updated_at = updated_at WHERE supplier_id = NEW.id;
    RETURN NULL;
END $$ LANGUAGE plpgsql;

CREATE FUNCTION catalogue_touch_listings_of_depot() RETURNS trigger AS $$
BEGIN
    UPDATE listing SET updated_at = updated_at WHERE depot_id = NEW.id;
    RETURN NULL;
END $$ LANGUAGE plpgsql;

CREATE TRIGGER listing_search_version BEFORE INSERT OR UPDATE ON listing
    FOR EACH ROW EXECUTE FUNCTION catalogue_bump_version();
CREATE TRIGGER listing_catalogue_outbox AFTER INSERT OR UPDATE ON listing
    FOR EACH ROW EXECUTE FUNCTION catalogue_enqueue_listing();
CREATE TRIGGER stock_movement_catalogue AFTER INSERT ON stock_movement
    FOR EACH ROW EXECUTE FUNCTION catalogue_touch_listing_of_movement();
CREATE TRIGGER organisation_catalogue AFTER UPDATE OF legal_name, status, insertion_status, departments_served
    ON organisation FOR EACH ROW EXECUTE FUNCTION catalogue_touch_listings_of_supplier();
CREATE TRIGGER depot_catalogue AFTER UPDATE ON depot
    FOR EACH ROW EXECUTE FUNCTION catalogue_touch_listings_of_depot();
