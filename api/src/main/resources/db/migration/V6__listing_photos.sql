-- Photos of a listing. The image bytes live in PhotoStorage (local disk or an S3-compatible store)
-- under the keys kept here; this table is the source of truth for which photos a listing has and
-- in which order. Positions run 0..11 without gaps, so a listing has at most 12 photos even if the
-- service's own check were bypassed.

CREATE TABLE listing_photo (
    id              uuid PRIMARY KEY,
    listing_id      uuid        NOT NULL REFERENCES listing (id),
    position        int         NOT NULL CHECK (position BETWEEN 0 AND 11),
    alt_text        text        NOT NULL DEFAULT '' CHECK (length(alt_text) <= 300),
    content_type    text        NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png', 'image/webp')),
    width           int         NOT NULL CHECK (width > 0),
    height          int         NOT NULL CHECK (height > 0),
    byte_size       bigint      NOT NULL CHECK (byte_size > 0),
    sha256          text        NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    original_key    text        NOT NULL,
    large_key       text        NOT NULL,
    thumb_key       text        NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    -- Who uploaded it: a person, or (for an API token) null here and the token below.
    created_by      uuid        REFERENCES person (id),
    created_by_token uuid       REFERENCES api_token (id),
    -- Deferred, so a reorder can swap positions in one statement.
    CONSTRAINT listing_photo_position_uq UNIQUE (listing_id, position) DEFERRABLE INITIALLY DEFERRED
);

-- A listing's photos are part of its catalogue document (the first one's thumbnail), so adding,
-- removing or reordering photos queues the listing like the V4 triggers do: touching the listing
-- row bumps its search_version and inserts its catalogue_outbox row. Statement-level triggers with
-- transition tables touch each listing once per statement, however many photos moved.

CREATE FUNCTION catalogue_touch_listings_of_new_photos() RETURNS trigger AS $$
BEGIN
    UPDATE listing SET updated_at = updated_at WHERE id IN (SELECT DISTINCT listing_id FROM new_photos);
    RETURN NULL;
END $$ LANGUAGE plpgsql;

CREATE FUNCTION catalogue_touch_listings_of_old_photos() RETURNS trigger AS $$
BEGIN
    UPDATE listing SET updated_at = updated_at WHERE id IN (SELECT DISTINCT listing_id FROM old_photos);
    RETURN NULL;
END $$ LANGUAGE plpgsql;

CREATE FUNCTION catalogue_touch_listings_of_moved_photos() RETURNS trigger AS $$
BEGIN
    UPDATE listing SET updated_at = updated_at
     WHERE id IN (SELECT DISTINCT n.listing_id
                    FROM new_photos n JOIN old_photos o ON o.id = n.id
                   WHERE n.position IS DISTINCT FROM o.position);
    RETURN NULL;
END $$ LANGUAGE plpgsql;

CREATE TRIGGER listing_photo_inserted_catalogue AFTER INSERT ON listing_photo
    REFERENCING NEW TABLE AS new_photos
    FOR EACH STATEMENT EXECUTE FUNCTION catalogue_touch_listings_of_new_photos();
CREATE TRIGGER listing_photo_deleted_catalogue AFTER DELETE ON listing_photo
    REFERENCING OLD TABLE AS old_photos
    FOR EACH STATEMENT EXECUTE FUNCTION catalogue_touch_listings_of_old_photos();
CREATE TRIGGER listing_photo_moved_catalogue AFTER UPDATE ON listing_photo
    REFERENCING NEW TABLE AS new_photos OLD TABLE AS old_photos
    FOR EACH STATEMENT EXECUTE FUNCTION catalogue_touch_listings_of_moved_photos();
