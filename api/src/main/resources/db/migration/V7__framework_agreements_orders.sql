-- Framework agreements (accords-cadres) and their lots, carts, purchase orders with their
-- lifecycle, the spend ledger per lot, period and service, and gapless order numbering.

CREATE TABLE framework_agreement (
    id                  uuid PRIMARY KEY,
    buyer_id            uuid        NOT NULL REFERENCES organisation (id),
    reference           text        NOT NULL CHECK (length(reference) BETWEEN 1 AND 60),
    title               text        NOT NULL CHECK (length(title) BETWEEN 3 AND 200),
    procedure           text        NOT NULL CHECK (procedure IN ('OPEN_TENDER', 'RESTRICTED_TENDER',
        'ADAPTED_PROCEDURE', 'NEGOTIATED_PROCEDURE', 'COMPETITIVE_DIALOGUE', 'WITHOUT_PUBLICITY')),
    launched_on         date        NOT NULL,
    start_date          date        NOT NULL,
    initial_end_date    date        NOT NULL,
    renewal_count       int         NOT NULL DEFAULT 0 CHECK (renewal_count BETWEEN 0 AND 10),
    renewal_months      int         NOT NULL DEFAULT 12 CHECK (renewal_months BETWEEN 1 AND 48),
    end_date            date        NOT NULL,
    status              text        NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'ACTIVE', 'TERMINATED')),
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    CHECK (initial_end_date >= start_date AND end_date >= initial_end_date),
    -- At most four years (article L2125-1 of the public procurement code).
    CHECK (end_date < start_date + interval '4 years'),
    UNIQUE (buyer_id, reference)
);

CREATE TABLE agreement_lot (
    id                      uuid PRIMARY KEY,
    agreement_id            uuid    NOT NULL REFERENCES framework_agreement (id) ON DELETE CASCADE,
    number                  int     NOT NULL CHECK (number BETWEEN 1 AND 999),
    title                   text    NOT NULL,
    -- NONE; EA_ESAT (article L2113-12); SIAE (article L2113-13).
    reservation             text    NOT NULL CHECK (reservation IN ('NONE', 'EA_ESAT', 'SIAE')),
    minimum_excl_vat_cents  bigint  NOT NULL CHECK (minimum_excl_vat_cents >= 0),
    maximum_excl_vat_cents  bigint  NOT NULL CHECK (maximum_excl_vat_cents > 0),
    price_terms             text    NOT NULL CHECK (price_terms IN ('CATALOGUE_DISCOUNT', 'UNIT_PRICE_SCHEDULE')),
    discount_bp             int CHECK (discount_bp BETWEEN 0 AND 10000),
    insertion_hours_target  int CHECK (insertion_hours_target >= 0),
    environmental_clause    text,
    CHECK (minimum_excl_vat_cents <= maximum_excl_vat_cents),
    CHECK ((price_terms = 'CATALOGUE_DISCOUNT') = (discount_bp IS NOT NULL)),
    UNIQUE (agreement_id, number)
);
CREATE INDEX agreement_lot_agreement_idx ON agreement_lot (agreement_id);

CREATE TABLE lot_category (
    lot_id      uuid NOT NULL REFERENCES agreement_lot (id) ON DELETE CASCADE,
    category_id text NOT NULL REFERENCES category (id),
    PRIMARY KEY (lot_id, category_id)
);

CREATE TABLE lot_supplier (
    lot_id      uuid NOT NULL REFERENCES agreement_lot (id) ON DELETE CASCADE,
    supplier_id uuid NOT NULL REFERENCES organisation (id),
    PRIMARY KEY (lot_id, supplier_id)
);
CREATE INDEX lot_supplier_supplier_idx ON lot_supplier (supplier_id);

CREATE TABLE lot_unit_price (
    lot_id                    uuid   NOT NULL REFERENCES agreement_lot (id) ON DELETE CASCADE,
    category_id               text   NOT NULL REFERENCES category (id),
    unit_price_excl_vat_cents bigint NOT NULL CHECK (unit_price_excl_vat_cents >= 0),
    PRIMARY KEY (lot_id, category_id)
);

-- One row per lot and period (0 = initial period, 1.. = renewals). committed + invoiced never
-- exceeds the maximum: orders move these totals with conditional updates, and the CHECK is the
-- last line of defence.
CREATE TABLE lot_period (
    lot_id                 uuid   NOT NULL REFERENCES agreement_lot (id) ON DELETE CASCADE,
    period_index           int    NOT NULL CHECK (period_index >= 0),
    starts_on              date   NOT NULL,
    ends_on                date   NOT NULL,
    maximum_excl_vat_cents bigint NOT NULL,
    committed_excl_vat_cents bigint NOT NULL DEFAULT 0 CHECK (committed_excl_vat_cents >= 0),
    invoiced_excl_vat_cents  bigint NOT NULL DEFAULT 0 CHECK (invoiced_excl_vat_cents >= 0),
    PRIMARY KEY (lot_id, period_index),
    CHECK (committed_excl_vat_cents + invoiced_excl_vat_cents <= maximum_excl_vat_cents)
);

-- A person's cart: the draft of their next orders, kept on the server.
CREATE TABLE cart_line (
    person_id  uuid        NOT NULL REFERENCES person (id),
    listing_id uuid        NOT NULL REFERENCES listing (id),
    quantity   int         NOT NULL CHECK (quantity BETWEEN 1 AND 100000),
    added_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (person_id, listing_id)
);

-- Gapless numbering per buyer and year: the row is locked by the submitting transaction.
CREATE TABLE order_counter (
    buyer_id    uuid NOT NULL REFERENCES organisation (id),
    year        int  NOT NULL,
    last_number int  NOT NULL,
    PRIMARY KEY (buyer_id, year)
);

CREATE TABLE purchase_order (
    id                    uuid PRIMARY KEY,
    buyer_id              uuid        NOT NULL REFERENCES organisation (id),
    number                text        NOT NULL,
    service_id            uuid        NOT NULL REFERENCES buyer_service (id),
    supplier_id           uuid        NOT NULL REFERENCES organisation (id),
    agreement_id          uuid        NOT NULL REFERENCES framework_agreement (id),
    lot_id                uuid        NOT NULL REFERENCES agreement_lot (id),
    period_index          int         NOT NULL,
    status                text        NOT NULL CHECK (status IN ('SUBMITTED', 'APPROVED', 'REJECTED',
        'ACCEPTED', 'REFUSED', 'READY', 'DELIVERED', 'INVOICED', 'PAID', 'CANCELLED')),
    total_excl_vat_cents  bigint      NOT NULL CHECK (total_excl_vat_cents >= 0),
    total_vat_cents       bigint      NOT NULL CHECK (total_vat_cents >= 0),
    delivery_street       text        NOT NULL,
    delivery_postcode     text        NOT NULL,
    delivery_city         text        NOT NULL,
    delivery_date         date        NOT NULL,
    note                  text,
    requester_id          uuid        NOT NULL REFERENCES person (id),
    requires_approval     boolean     NOT NULL,
    invoice_reference     text,
    approved_at           timestamptz,
    submitted_at          timestamptz NOT NULL DEFAULT now(),
    updated_at            timestamptz NOT NULL DEFAULT now(),
    UNIQUE (buyer_id, number)
);
CREATE INDEX purchase_order_buyer_idx ON purchase_order (buyer_id, submitted_at DESC);
CREATE INDEX purchase_order_supplier_idx ON purchase_order (supplier_id, submitted_at DESC);
CREATE INDEX purchase_order_service_idx ON purchase_order (service_id, status);
CREATE INDEX purchase_order_lot_idx ON purchase_order (lot_id);

CREATE TABLE order_line (
    order_id                   uuid   NOT NULL REFERENCES purchase_order (id) ON DELETE CASCADE,
    line_no                    int    NOT NULL,
    listing_id                 uuid   NOT NULL REFERENCES listing (id),
    sku                        text   NOT NULL,
    title                      text   NOT NULL,
    category_id                text   NOT NULL,
    quantity                   int    NOT NULL CHECK (quantity > 0),
    catalogue_unit_price_cents bigint NOT NULL,
    unit_price_excl_vat_cents  bigint NOT NULL,
    vat_rate_bp                int    NOT NULL,
    line_excl_vat_cents        bigint NOT NULL,
    line_vat_cents             bigint NOT NULL,
    PRIMARY KEY (order_id, line_no)
);

-- Every transition, with who and when. Rows are never updated.
CREATE TABLE order_event (
    id          bigserial PRIMARY KEY,
    order_id    uuid        NOT NULL REFERENCES purchase_order (id) ON DELETE CASCADE,
    from_status text,
    to_status   text        NOT NULL,
    actor_id    uuid,
    actor_label text        NOT NULL,
    comment     text,
    occurred_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX order_event_order_idx ON order_event (order_id, id);

-- The spend ledger: one row per movement of money on a lot period for a service. Never updated;
-- committed and invoiced amounts are sums of these rows.
CREATE TABLE spend_entry (
    id                      bigserial PRIMARY KEY,
    order_id                uuid        NOT NULL REFERENCES purchase_order (id) ON DELETE CASCADE,
    lot_id                  uuid        NOT NULL,
    period_index            int         NOT NULL,
    service_id              uuid        NOT NULL,
    kind                    text        NOT NULL CHECK (kind IN ('COMMITTED', 'RELEASED', 'INVOICED')),
    committed_excl_vat_cents bigint     NOT NULL,
    committed_vat_cents     bigint      NOT NULL,
    invoiced_excl_vat_cents bigint      NOT NULL,
    invoiced_vat_cents      bigint      NOT NULL,
    occurred_at             timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX spend_entry_lot_idx ON spend_entry (lot_id, period_index, service_id);

-- Idempotent submissions: the first successful request with a key stores its hash and result.
CREATE TABLE submission_key (
    person_id    uuid        NOT NULL REFERENCES person (id),
    key          text        NOT NULL,
    request_hash text        NOT NULL,
    order_ids    uuid[]      NOT NULL DEFAULT '{}',
    created_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (person_id, key)
);
