-- Stock import messages said by a stable problem code and the values needed to say it, so the
-- interface and the error report word them in the reader's language. The English text stays: rows
-- written before this migration have only it, and API scripts may read it.
ALTER TABLE stock_import_error
    ADD COLUMN code   text,
    ADD COLUMN params jsonb;

ALTER TABLE stock_import
    ADD COLUMN message_code   text,
    ADD COLUMN message_params jsonb;
