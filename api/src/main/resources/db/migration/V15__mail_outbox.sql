-- Account e-mails go through an outbox: the service that decides to send a mail inserts a row in
-- its own transaction (so a mail exists exactly when the change that caused it committed), and
-- MailRelay delivers the rows over SMTP later. An SMTP outage therefore never fails a request: the
-- rows wait, with exponential backoff, and a row that keeps failing is given up (failed_at) but
-- kept, with its last error, for the operator.
CREATE TABLE mail_outbox (
    id              bigserial PRIMARY KEY,
    recipient       text        NOT NULL,
    subject         text        NOT NULL,
    body            text        NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT clock_timestamp(),
    attempts        int         NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    last_error      text,
    sent_at         timestamptz,
    failed_at       timestamptz,
    CHECK (sent_at IS NULL OR failed_at IS NULL)
);
-- What the relay claims: unsent rows that are due.
CREATE INDEX mail_outbox_due_idx ON mail_outbox (next_attempt_at, id)
    WHERE sent_at IS NULL AND failed_at IS NULL;
-- What the purge deletes: sent rows, oldest first.
CREATE INDEX mail_outbox_sent_idx ON mail_outbox (sent_at) WHERE sent_at IS NOT NULL;
