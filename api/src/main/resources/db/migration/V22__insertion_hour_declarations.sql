-- Insertion hours of lots with a social clause (agreement_lot.insertion_hours_target): a supplier
-- awarded the lot declares the hours worked by people in insertion over one of the lot's periods,
-- with an evidence file (PDF, JPEG or PNG, kept here like invoice PDFs); the buyer admin accepts
-- or rejects the declaration with a reason. The clause facilitator counts hours from these
-- declarations: purchases alone do not prove hours. Owned by the insertion area.
CREATE TABLE insertion_hour_declaration (
    id                     uuid PRIMARY KEY,
    lot_id                 uuid        NOT NULL REFERENCES agreement_lot (id),
    buyer_id               uuid        NOT NULL REFERENCES organisation (id),
    supplier_id            uuid        NOT NULL REFERENCES organisation (id),
    period_index           int         NOT NULL CHECK (period_index >= 0),
    hours                  int         NOT NULL CHECK (hours BETWEEN 1 AND 1000000),
    comment                text        CHECK (length(comment) <= 2000),
    status                 text        NOT NULL DEFAULT 'DECLARED'
        CHECK (status IN ('DECLARED', 'ACCEPTED', 'REJECTED')),
    evidence_file_name     text        NOT NULL CHECK (length(evidence_file_name) BETWEEN 1 AND 200),
    evidence_content_type  text        NOT NULL
        CHECK (evidence_content_type IN ('application/pdf', 'image/jpeg', 'image/png')),
    evidence_size          int         NOT NULL CHECK (evidence_size BETWEEN 1 AND 10485760),
    evidence               bytea       NOT NULL,
    declared_by            text        NOT NULL,
    declared_at            timestamptz NOT NULL DEFAULT now(),
    decided_by             text,
    decided_at             timestamptz,
    rejection_reason       text        CHECK (length(rejection_reason) <= 2000),
    CHECK ((status = 'DECLARED') = (decided_at IS NULL)),
    CHECK ((status = 'REJECTED') = (rejection_reason IS NOT NULL))
);
CREATE INDEX insertion_hour_declaration_lot_idx ON insertion_hour_declaration (lot_id, period_index);
CREATE INDEX insertion_hour_declaration_supplier_idx
    ON insertion_hour_declaration (supplier_id, declared_at DESC);
