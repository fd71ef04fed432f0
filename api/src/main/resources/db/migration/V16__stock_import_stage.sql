-- An all-or-nothing import keeps its checked lines here between checking the file and writing them,
-- so the transaction that writes neither reads nor checks the file: it locks the import's listings
-- at once (never holding some while waiting for others) and writes. Rows go when the import ends.
CREATE TABLE stock_import_stage (
    import_id uuid  NOT NULL REFERENCES stock_import (id) ON DELETE CASCADE,
    line      int   NOT NULL,
    sku       text  NOT NULL,
    fields    jsonb NOT NULL,
    PRIMARY KEY (import_id, line)
);
