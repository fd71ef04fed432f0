-- The needs board (issue 17, "stands inversés"): buyers publish needs, suppliers answer them.
-- Owned by the needs area.

CREATE TABLE need (
    id                  uuid PRIMARY KEY,
    buyer_id            uuid        NOT NULL REFERENCES organisation (id),
    service_id          uuid        NOT NULL REFERENCES buyer_service (id),
    author_id           uuid        NOT NULL REFERENCES person (id),
    -- The delivery service's département, kept with the need: the visibility rule and the board's
    -- filter read it without another area's table.
    department          text        NOT NULL,
    title               text        NOT NULL CHECK (length(title) BETWEEN 3 AND 160),
    description         text        NOT NULL CHECK (length(description) <= 5000),
    quantity            int         NOT NULL CHECK (quantity > 0),
    target_date         date,
    closing_date        date        NOT NULL,
    budget_min_cents    bigint      CHECK (budget_min_cents >= 0),
    budget_max_cents    bigint      CHECK (budget_max_cents >= 0),
    kind                text        NOT NULL CHECK (kind IN ('CALL_OFF', 'QUOTE', 'SOURCING')),
    lot_id              uuid,
    visibility          text        NOT NULL CHECK (visibility IN ('ALL_SUPPLIERS', 'DEPARTMENT', 'INSERTION_ONLY')),
    status              text        NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'CLOSED', 'CANCELLED')),
    cancel_reason       text,
    outcome             text        CHECK (outcome IN ('ORDERED', 'BOUGHT_ELSEWHERE', 'NOT_BOUGHT')),
    outcome_amount_cents bigint     CHECK (outcome_amount_cents >= 0),
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    ended_at            timestamptz,
    CHECK (budget_min_cents IS NULL OR budget_max_cents IS NULL OR budget_min_cents <= budget_max_cents),
    CHECK ((kind = 'CALL_OFF') = (lot_id IS NOT NULL)),
    CHECK ((status = 'CANCELLED') = (cancel_reason IS NOT NULL)),
    CHECK ((status = 'CLOSED') = (outcome IS NOT NULL))
);
CREATE INDEX need_open_idx ON need (status, closing_date);
CREATE INDEX need_buyer_idx ON need (buyer_id, created_at DESC);

CREATE TABLE need_category (
    need_id     uuid NOT NULL REFERENCES need (id) ON DELETE CASCADE,
    category_id text NOT NULL REFERENCES category (id),
    PRIMARY KEY (need_id, category_id)
);
CREATE INDEX need_category_category_idx ON need_category (category_id);

-- A supplier's answer to a need: a proposal (listings and/or a free-text offer) or "not for us".
-- One answer per supplier and need; a joint answer names its partners, the lead answers.
CREATE TABLE need_answer (
    id              uuid PRIMARY KEY,
    need_id         uuid        NOT NULL REFERENCES need (id),
    supplier_id     uuid        NOT NULL REFERENCES organisation (id),
    author_id       uuid        NOT NULL REFERENCES person (id),
    kind            text        NOT NULL CHECK (kind IN ('PROPOSAL', 'NOT_FOR_US')),
    message         text        NOT NULL DEFAULT '' CHECK (length(message) <= 5000),
    offer           text        CHECK (length(offer) <= 5000),
    available_on    date,
    status          text        NOT NULL DEFAULT 'SUBMITTED' CHECK (status IN ('SUBMITTED', 'ACCEPTED')),
    created_at      timestamptz NOT NULL DEFAULT now(),
    accepted_at     timestamptz,
    UNIQUE (need_id, supplier_id)
);

-- A proposal's listings, priced when answered (the agreement's terms for a call-off).
CREATE TABLE need_answer_line (
    answer_id                 uuid   NOT NULL REFERENCES need_answer (id) ON DELETE CASCADE,
    line_no                   int    NOT NULL,
    listing_id                uuid   NOT NULL REFERENCES listing (id),
    quantity                  int    NOT NULL CHECK (quantity > 0),
    unit_price_excl_vat_cents bigint NOT NULL CHECK (unit_price_excl_vat_cents >= 0),
    PRIMARY KEY (answer_id, line_no)
);

CREATE TABLE need_answer_partner (
    answer_id   uuid NOT NULL REFERENCES need_answer (id) ON DELETE CASCADE,
    supplier_id uuid NOT NULL REFERENCES organisation (id),
    PRIMARY KEY (answer_id, supplier_id)
);

-- The thread of an answer: questions and replies between the buyer and the answering suppliers.
CREATE TABLE need_message (
    id              bigserial PRIMARY KEY,
    answer_id       uuid        NOT NULL REFERENCES need_answer (id) ON DELETE CASCADE,
    organisation_id uuid        NOT NULL REFERENCES organisation (id),
    author_id       uuid        NOT NULL REFERENCES person (id),
    body            text        NOT NULL CHECK (length(body) BETWEEN 1 AND 5000),
    created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX need_message_answer_idx ON need_message (answer_id, id);
