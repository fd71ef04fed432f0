-- Invoices (invoicing area): the supplier's billing profile, gapless invoice and credit-note
-- numbers, the issued documents frozen with their Factur-X PDF, their lines and the payments
-- received. An issued invoice is never edited or deleted: a credit note cancels it.

CREATE TABLE billing_profile (
    organisation_id    uuid PRIMARY KEY REFERENCES organisation (id),
    vat_regime         text        NOT NULL CHECK (vat_regime IN ('LIABLE', 'FRANCHISE_293B')),
    vat_number         text,
    iban               text,
    bic                text,
    account_holder     text,
    street             text,
    postcode           text,
    city               text,
    electronic_address text,
    updated_at         timestamptz NOT NULL DEFAULT now()
);

-- One row per supplier, year and series (FA invoices, AV credit notes), incremented under its row
-- lock in the transaction that issues: a rolled-back issue gives its number back.
CREATE TABLE invoice_counter (
    supplier_id uuid NOT NULL REFERENCES organisation (id),
    year        int  NOT NULL,
    series      text NOT NULL CHECK (series IN ('FA', 'AV')),
    last_number int  NOT NULL CHECK (last_number > 0),
    PRIMARY KEY (supplier_id, year, series)
);

-- Amounts in cents; a credit note's totals are negative (the opposite of what it cancels).
CREATE TABLE invoice (
    id                   uuid PRIMARY KEY,
    kind                 text        NOT NULL CHECK (kind IN ('INVOICE', 'CREDIT_NOTE')),
    number               text        NOT NULL,
    number_year          int         NOT NULL,
    number_seq           int         NOT NULL,
    supplier_id          uuid        NOT NULL REFERENCES organisation (id),
    buyer_id             uuid        NOT NULL REFERENCES organisation (id),
    service_id           uuid        NOT NULL,
    order_id             uuid        NOT NULL REFERENCES purchase_order (id),
    corrected_invoice_id uuid REFERENCES invoice (id),
    issue_date           date        NOT NULL,
    due_date             date        NOT NULL,
    delay_days           int         NOT NULL,
    status               text        NOT NULL
        CHECK (status IN ('ISSUED', 'PARTIALLY_PAID', 'PAID', 'CREDITED')),
    total_excl_vat_cents bigint      NOT NULL,
    total_vat_cents      bigint      NOT NULL,
    total_incl_vat_cents bigint      NOT NULL,
    paid_cents           bigint      NOT NULL DEFAULT 0 CHECK (paid_cents >= 0),
    vat_regime           text        NOT NULL CHECK (vat_regime IN ('LIABLE', 'FRANCHISE_293B')),
    document             jsonb       NOT NULL,
    -- The Factur-X PDF/A-3 rendered at issue (the demo's are rendered on first download).
    pdf                  bytea,
    reason               text,
    issued_by            text        NOT NULL,
    issued_by_id         uuid,
    issued_at            timestamptz NOT NULL DEFAULT now(),
    UNIQUE (supplier_id, number),
    UNIQUE (supplier_id, number_year, kind, number_seq),
    CHECK (total_incl_vat_cents = total_excl_vat_cents + total_vat_cents),
    CHECK (kind = 'CREDIT_NOTE' OR paid_cents <= total_incl_vat_cents),
    CHECK ((kind = 'CREDIT_NOTE') = (corrected_invoice_id IS NOT NULL))
);
-- An order has at most one invoice not cancelled by a credit note.
CREATE UNIQUE INDEX invoice_one_live_per_order ON invoice (order_id)
    WHERE kind = 'INVOICE' AND status <> 'CREDITED';
CREATE INDEX invoice_supplier_idx ON invoice (supplier_id, issue_date DESC);
CREATE INDEX invoice_buyer_idx ON invoice (buyer_id, issue_date DESC);
CREATE INDEX invoice_order_idx ON invoice (order_id);
CREATE INDEX invoice_corrected_idx ON invoice (corrected_invoice_id) WHERE corrected_invoice_id IS NOT NULL;

CREATE TABLE invoice_line (
    invoice_id                uuid    NOT NULL REFERENCES invoice (id),
    line_no                   int     NOT NULL,
    description               text    NOT NULL,
    sku                       text,
    quantity                  int     NOT NULL,
    unit_price_excl_vat_cents bigint  NOT NULL,
    vat_rate_bp               int     NOT NULL,
    line_excl_vat_cents       bigint  NOT NULL,
    PRIMARY KEY (invoice_id, line_no)
);

CREATE TABLE invoice_payment (
    id             uuid PRIMARY KEY,
    invoice_id     uuid        NOT NULL REFERENCES invoice (id),
    amount_cents   bigint      NOT NULL CHECK (amount_cents > 0),
    received_on    date        NOT NULL,
    method         text        NOT NULL CHECK (method IN ('TRANSFER', 'CARD', 'OTHER')),
    reference      text,
    recorded_by    text        NOT NULL,
    recorded_by_id uuid,
    -- A payment recorded by a machine (Stripe) carries its id there: recorded once only.
    external_id    text UNIQUE,
    recorded_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX invoice_payment_invoice_idx ON invoice_payment (invoice_id, received_on);

-- Ordering's spend ledger (owned by ordering, changed through its Java): a credit note moves an
-- invoiced amount back to committed (CREDITED), a full payment records the paid amount (PAID), which
-- stays part of the invoiced amount.
ALTER TABLE spend_entry DROP CONSTRAINT spend_entry_kind_check;
ALTER TABLE spend_entry ADD CONSTRAINT spend_entry_kind_check
    CHECK (kind IN ('COMMITTED', 'RELEASED', 'INVOICED', 'CREDITED', 'PAID'));
ALTER TABLE spend_entry
    ADD COLUMN paid_excl_vat_cents bigint NOT NULL DEFAULT 0,
    ADD COLUMN paid_vat_cents      bigint NOT NULL DEFAULT 0;
