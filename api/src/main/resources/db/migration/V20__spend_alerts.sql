-- Owned by the reporting area: the spend alerts raised when a lot period's consumption (committed
-- + invoiced, from ordering's spend ledger) reached 80 % and then 100 % of its maximum. One row per
-- lot period and threshold, so that each is raised (and mailed) once.
CREATE TABLE spend_alert (
    lot_id       uuid        NOT NULL,
    period_index int         NOT NULL,
    threshold    int         NOT NULL CHECK (threshold IN (80, 100)),
    buyer_id     uuid        NOT NULL REFERENCES organisation (id),
    consumed_bp  int         NOT NULL CHECK (consumed_bp >= 0),
    reached_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (lot_id, period_index, threshold)
);
-- The alerts list of a buyer, newest first.
CREATE INDEX spend_alert_buyer_idx ON spend_alert (buyer_id, reached_at DESC);

-- The spend reports' breakdowns read the ledger rows of a buyer's orders of a range (ordering's
-- spend_entry, through ordering's SpendFacts): by order, with the amounts in the index so that the
-- rows need not be visited. The foreign key's cascade uses it as well.
CREATE INDEX spend_entry_order_idx ON spend_entry (order_id)
    INCLUDE (committed_excl_vat_cents, invoiced_excl_vat_cents, paid_excl_vat_cents);
