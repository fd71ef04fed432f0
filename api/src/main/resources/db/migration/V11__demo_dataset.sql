-- What the demo loader wrote into this database, if anything: one row, written in the same
-- transaction as the demo data. The loader decides from this row alone whether the demo is there,
-- never from other tables (the operator's bootstrap, a sign-up or a test may have written those).
CREATE TABLE demo_dataset (
    id          int         PRIMARY KEY DEFAULT 1 CHECK (id = 1),
    seed        bigint      NOT NULL,
    listings    int         NOT NULL CHECK (listings >= 0),
    -- Orders of the generated history (0 when loaded without history).
    orders      int         NOT NULL CHECK (orders >= 0),
    history_from date,
    history_to   date,
    load_ms     int         NOT NULL CHECK (load_ms >= 0),
    loaded_at   timestamptz NOT NULL DEFAULT now()
);
