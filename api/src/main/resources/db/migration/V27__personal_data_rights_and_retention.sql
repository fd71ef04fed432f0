-- Personal data (RGPD, issue 19): erasure on request and the traces the retention jobs need.
--
-- An erased person keeps their row (orders, needs, invoices and the audit trail point at it) but
-- nothing personal: the name becomes "Agent supprimé #<erasure_number>", the address a unique
-- placeholder that cannot be delivered (the reserved .invalid domain), password and OpenID Connect
-- subject are cleared. The number is stable: one per erased person, from its own sequence.
CREATE SEQUENCE person_erasure_number_seq;

ALTER TABLE person
    ADD COLUMN erased_at            timestamptz,
    ADD COLUMN erasure_number       int UNIQUE,
    -- Sign-in traces kept for the person and for the inactive-accounts job.
    ADD COLUMN last_signed_in_at    timestamptz,
    -- When the inactive-accounts job warned the person that their account would be deactivated.
    ADD COLUMN inactivity_warned_at timestamptz,
    ADD CONSTRAINT person_erasure_complete CHECK ((erased_at IS NULL) = (erasure_number IS NULL));

-- The retention jobs delete by age: these indexes keep them from scanning whole tables.
CREATE INDEX login_failure_occurred_idx ON login_failure (occurred_at);
CREATE INDEX invitation_expires_idx ON invitation (expires_at);
CREATE INDEX password_reset_expires_idx ON password_reset (expires_at);
