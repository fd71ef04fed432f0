-- People, roles, invitations, password resets, API tokens, login throttling and the audit log.

ALTER TABLE organisation
    ADD COLUMN insertion_proof_reference text,
    ADD COLUMN insertion_valid_until     date,
    ADD COLUMN purchasing_department     text,
    ADD COLUMN validated_at              timestamptz,
    ADD COLUMN validated_by              uuid;

CREATE TABLE person (
    id              uuid PRIMARY KEY,
    organisation_id uuid        NOT NULL REFERENCES organisation (id),
    email           text        NOT NULL,
    full_name       text        NOT NULL CHECK (length(full_name) BETWEEN 2 AND 120),
    password_hash   text,
    oidc_subject    text,
    active          boolean     NOT NULL DEFAULT true,
    -- Bumped when the password changes or the person is deactivated: older sessions stop working.
    security_stamp  int         NOT NULL DEFAULT 0,
    created_at      timestamptz NOT NULL DEFAULT now(),
    CHECK (email = lower(email))
);
CREATE UNIQUE INDEX person_email_uq ON person (email);
CREATE UNIQUE INDEX person_oidc_subject_uq ON person (oidc_subject) WHERE oidc_subject IS NOT NULL;
CREATE INDEX person_organisation_idx ON person (organisation_id);

CREATE TABLE person_role (
    person_id uuid NOT NULL REFERENCES person (id),
    role      text NOT NULL CHECK (role IN
        ('SUPPLIER_ADMIN', 'SUPPLIER_STAFF', 'BUYER_ADMIN', 'REQUESTER', 'APPROVER', 'OPERATOR')),
    PRIMARY KEY (person_id, role)
);

-- Requesters and approvers act for the services they belong to.
CREATE TABLE person_service (
    person_id  uuid NOT NULL REFERENCES person (id),
    service_id uuid NOT NULL REFERENCES buyer_service (id),
    PRIMARY KEY (person_id, service_id)
);

CREATE TABLE invitation (
    id              uuid PRIMARY KEY,
    organisation_id uuid        NOT NULL REFERENCES organisation (id),
    email           text        NOT NULL CHECK (email = lower(email)),
    roles           text[]      NOT NULL,
    service_ids     uuid[]      NOT NULL DEFAULT '{}',
    token_hash      bytea       NOT NULL UNIQUE,
    invited_by      uuid        NOT NULL REFERENCES person (id),
    created_at      timestamptz NOT NULL DEFAULT now(),
    expires_at      timestamptz NOT NULL,
    accepted_at     timestamptz,
    revoked_at      timestamptz
);
CREATE INDEX invitation_organisation_idx ON invitation (organisation_id);

CREATE TABLE password_reset (
    token_hash bytea PRIMARY KEY,
    person_id  uuid        NOT NULL REFERENCES person (id),
    expires_at timestamptz NOT NULL,
    used_at    timestamptz
);

CREATE TABLE api_token (
    id              uuid PRIMARY KEY,
    organisation_id uuid        NOT NULL REFERENCES organisation (id),
    name            text        NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
    scopes          text[]      NOT NULL,
    prefix          text        NOT NULL,
    token_hash      bytea       NOT NULL UNIQUE,
    created_by      uuid        NOT NULL REFERENCES person (id),
    created_at      timestamptz NOT NULL DEFAULT now(),
    last_used_at    timestamptz,
    revoked_at      timestamptz
);
CREATE INDEX api_token_organisation_idx ON api_token (organisation_id);

-- Failed sign-ins, per email and per client address, to throttle password guessing.
CREATE TABLE login_failure (
    id          bigserial PRIMARY KEY,
    email       text        NOT NULL,
    client_ip   text        NOT NULL,
    occurred_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX login_failure_email_idx ON login_failure (email, occurred_at);
CREATE INDEX login_failure_ip_idx ON login_failure (client_ip, occurred_at);

CREATE TABLE audit_event (
    id              bigserial PRIMARY KEY,
    organisation_id uuid REFERENCES organisation (id),
    actor_id        uuid,
    actor_label     text        NOT NULL,
    action          text        NOT NULL,
    object_type     text        NOT NULL,
    object_id       text,
    details         jsonb       NOT NULL DEFAULT '{}',
    occurred_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX audit_event_organisation_idx ON audit_event (organisation_id, occurred_at DESC);
