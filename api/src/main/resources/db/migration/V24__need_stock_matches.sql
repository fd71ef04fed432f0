-- The needs board tells a buyer when new stock matches one of its open needs (issue 17).
-- Owned by the needs area.

-- Each listing told to each need once.
CREATE TABLE need_stock_match (
    need_id    uuid        NOT NULL REFERENCES need (id) ON DELETE CASCADE,
    listing_id uuid        NOT NULL REFERENCES listing (id) ON DELETE CASCADE,
    matched_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (need_id, listing_id)
);

-- Up to when listings' publications have been looked at (one row). Starts now: what was on sale
-- before this migration is what the buyer saw as matches when publishing.
CREATE TABLE need_stock_watch (
    only_row  boolean     PRIMARY KEY DEFAULT true CHECK (only_row),
    watermark timestamptz NOT NULL
);
INSERT INTO need_stock_watch (watermark) VALUES (now());

-- The listing area's SupplierStock.publishedSince reads the publications after a watermark.
CREATE INDEX listing_published_at_idx ON listing (published_at);
