-- Saved searches of the needs board (issue 17): a supplier's person keeps a search of the needs
-- (categories, départements, words, kind) and is mailed the new needs its organisation may see
-- that match it, at once or in one daily digest, with a one-click unsubscribe link.
-- Owned by the needs area (mail_outbox's new column is the organisation area's; the notification
-- table, at the end, is the notification area's).

CREATE TABLE need_saved_search (
    id           uuid PRIMARY KEY,
    person_id    uuid        NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    supplier_id  uuid        NOT NULL REFERENCES organisation (id),
    name         text        NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    -- A category covers its sub-categories; empty arrays mean any category, any département.
    category_ids text[]      NOT NULL DEFAULT '{}',
    departments  text[]      NOT NULL DEFAULT '{}',
    words        text        CHECK (length(words) <= 200),
    kind         text        CHECK (kind IN ('CALL_OFF', 'QUOTE', 'SOURCING')),
    -- NONE: kept, but no e-mail (what an unsubscribe link sets).
    frequency    text        NOT NULL CHECK (frequency IN ('IMMEDIATE', 'DAILY', 'NONE')),
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX need_saved_search_person_idx ON need_saved_search (person_id, created_at);

-- A published need that matched a saved search; handled_at once mailed (or found no longer open
-- by the digest), so a need is never mailed twice to a person.
CREATE TABLE need_saved_search_hit (
    saved_search_id uuid        NOT NULL REFERENCES need_saved_search (id) ON DELETE CASCADE,
    need_id         uuid        NOT NULL REFERENCES need (id) ON DELETE CASCADE,
    person_id       uuid        NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    found_at        timestamptz NOT NULL DEFAULT now(),
    handled_at      timestamptz,
    PRIMARY KEY (saved_search_id, need_id)
);
CREATE INDEX need_saved_search_hit_pending_idx ON need_saved_search_hit (person_id)
    WHERE handled_at IS NULL;
CREATE INDEX need_saved_search_hit_need_idx ON need_saved_search_hit (need_id, person_id);

-- One daily digest per person and day (Paris time).
CREATE TABLE need_digest (
    person_id uuid        NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    day       date        NOT NULL,
    sent_at   timestamptz NOT NULL,
    PRIMARY KEY (person_id, day)
);

-- Each mail's unsubscribe link is a random token, stored only as its SHA-256 hash, naming the
-- saved searches that mail came from.
CREATE TABLE need_unsubscribe_token (
    token_hash      bytea       NOT NULL,
    saved_search_id uuid        NOT NULL REFERENCES need_saved_search (id) ON DELETE CASCADE,
    created_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (token_hash, saved_search_id)
);

-- The outbox carries a mail's one-click unsubscribe address (RFC 8058 List-Unsubscribe headers).
ALTER TABLE mail_outbox ADD COLUMN list_unsubscribe text;

-- In-app notifications (issue 17): what happened that a person should see (an answer to its need,
-- a message in its thread, its answer accepted, new stock for its need, a need for its saved
-- search), newest first, the unread ones counted by the header's bell. Owned by the notification
-- area; other areas leave notifications through its Notifications interface. The kind's wording is
-- the interface's, in the reader's language, around the subject (a need's or listing's title).
CREATE TABLE notification (
    id         bigserial PRIMARY KEY,
    person_id  uuid        NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    kind       text        NOT NULL,
    subject    text        NOT NULL CHECK (length(subject) <= 200),
    link       text        NOT NULL CHECK (link LIKE '/%'),
    created_at timestamptz NOT NULL DEFAULT now(),
    read_at    timestamptz
);
CREATE INDEX notification_person_idx ON notification (person_id, id DESC);
CREATE INDEX notification_unread_idx ON notification (person_id) WHERE read_at IS NULL;

-- The listing area's SupplierStock.restockedSince reads the stock movements after a watermark
-- (stock coming back on a listing already on sale, for the needs' stock watch).
CREATE INDEX stock_movement_occurred_at_idx ON stock_movement (occurred_at);
