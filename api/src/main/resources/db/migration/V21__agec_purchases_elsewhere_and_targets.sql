-- Owned by the reporting area (issue 16, AGEC): what a buyer bought outside Boucle, so that its
-- AGEC totals are the organisation's real ones, and the targets a buyer admin set in place of the
-- décret's (décret n° 2024-134) for a year and an AGEC category.

CREATE TABLE agec_purchase_elsewhere (
    id                   uuid        PRIMARY KEY,
    buyer_id             uuid        NOT NULL REFERENCES organisation (id),
    purchased_on         date        NOT NULL,
    category             text        NOT NULL,
    description          text        NOT NULL CHECK (length(description) BETWEEN 1 AND 500),
    supplier_name        text        NOT NULL CHECK (length(supplier_name) BETWEEN 1 AND 200),
    total_excl_vat_cents bigint      NOT NULL CHECK (total_excl_vat_cents >= 0),
    reuse_cents          bigint      NOT NULL CHECK (reuse_cents >= 0),
    donation_cents       bigint      NOT NULL CHECK (donation_cents >= 0),
    recycled_cents       bigint      NOT NULL CHECK (recycled_cents >= 0),
    entered_by           text        NOT NULL,
    entered_at           timestamptz NOT NULL DEFAULT now(),
    CHECK (reuse_cents + donation_cents + recycled_cents <= total_excl_vat_cents)
);

CREATE INDEX agec_purchase_elsewhere_buyer_date ON agec_purchase_elsewhere (buyer_id, purchased_on);

CREATE TABLE agec_buyer_target (
    buyer_id               uuid        NOT NULL REFERENCES organisation (id),
    year                   int         NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    category               text        NOT NULL,
    reuse_target_percent   int         CHECK (reuse_target_percent BETWEEN 0 AND 100),
    recycled_target_percent int        CHECK (recycled_target_percent BETWEEN 0 AND 100),
    set_by                 text        NOT NULL,
    set_at                 timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (buyer_id, year, category)
);
