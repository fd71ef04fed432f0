-- Bulk stock imports: an uploaded CSV/XLSX file (kept on disk), how it is read and mapped, and the
-- progress and outcome of its dry runs and runs; rejected lines are kept for the error report.

CREATE TABLE stock_import (
    id               uuid PRIMARY KEY,
    supplier_id      uuid        NOT NULL REFERENCES organisation (id),
    file_name        text        NOT NULL,
    file_size        bigint      NOT NULL CHECK (file_size >= 0),
    format           text        NOT NULL CHECK (format IN ('CSV', 'XLSX')),
    encoding         text,
    separator        text,
    headers          jsonb       NOT NULL,
    mapping          jsonb       NOT NULL DEFAULT '{}',
    mode             text CHECK (mode IN ('PARTIAL', 'ALL_OR_NOTHING')),
    status           text        NOT NULL DEFAULT 'UPLOADED'
                     CHECK (status IN ('UPLOADED', 'PREVIEWED', 'RUNNING', 'DONE', 'FAILED')),
    phase            text CHECK (phase IN ('VALIDATING', 'WRITING')),
    total_lines      int         NOT NULL DEFAULT 0,
    processed_lines  int         NOT NULL DEFAULT 0,
    created          int         NOT NULL DEFAULT 0,
    updated          int         NOT NULL DEFAULT 0,
    unchanged        int         NOT NULL DEFAULT 0,
    rejected         int         NOT NULL DEFAULT 0,
    message          text,
    created_by       text        NOT NULL,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    started_at       timestamptz,
    finished_at      timestamptz
);
CREATE INDEX stock_import_supplier_idx ON stock_import (supplier_id, created_at DESC);

-- The rejected lines of the job's last dry run or run, in file order.
CREATE TABLE stock_import_error (
    id          bigserial PRIMARY KEY,
    import_id   uuid NOT NULL REFERENCES stock_import (id) ON DELETE CASCADE,
    line        int  NOT NULL,
    column_name text NOT NULL,
    field       text NOT NULL,
    value       text NOT NULL,
    reason      text NOT NULL
);
CREATE INDEX stock_import_error_import_idx ON stock_import_error (import_id, id);
