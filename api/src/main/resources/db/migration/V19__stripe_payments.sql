-- Getting paid with Stripe (issue 15), owned by the payment area, plus the platform's commission
-- on a lot (agreement area). Invoices are referred to by id only: the invoicing area owns them.

ALTER TABLE agreement_lot
  ADD COLUMN platform_commission_bp integer NOT NULL DEFAULT 0
    CHECK (platform_commission_bp BETWEEN 0 AND 10000);

-- Every call made to Stripe, recorded (committed) before it is made. The idempotency key is
-- derived from our own ids, so a retry sends the same key and Stripe answers the first result.
CREATE TABLE stripe_call (
  idempotency_key text PRIMARY KEY,
  operation       text NOT NULL,
  request_hash    text NOT NULL,
  state           text NOT NULL CHECK (state IN ('PENDING', 'SUCCEEDED', 'FAILED')),
  attempts        integer NOT NULL DEFAULT 1,
  stripe_id       text,
  last_error      text,
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX stripe_call_unfinished ON stripe_call (updated_at) WHERE state <> 'SUCCEEDED';

-- A supplier's connected account and its status, refreshed from account.updated.
CREATE TABLE stripe_account (
  organisation_id   uuid PRIMARY KEY REFERENCES organisation (id),
  account_id        text NOT NULL UNIQUE,
  charges_enabled   boolean NOT NULL DEFAULT false,
  payouts_enabled   boolean NOT NULL DEFAULT false,
  details_submitted boolean NOT NULL DEFAULT false,
  requirements_due  integer NOT NULL DEFAULT 0,
  created_at        timestamptz NOT NULL DEFAULT now(),
  updated_at        timestamptz NOT NULL DEFAULT now()
);

-- A buyer organisation's choice: may its invoices be paid by card through Checkout?
CREATE TABLE payment_setting (
  organisation_id uuid PRIMARY KEY REFERENCES organisation (id),
  card_allowed    boolean NOT NULL DEFAULT false,
  updated_at      timestamptz NOT NULL DEFAULT now()
);

-- The buyer as a customer of a supplier's connected account (one per pair).
CREATE TABLE stripe_customer (
  account_id      text NOT NULL,
  organisation_id uuid NOT NULL REFERENCES organisation (id),
  customer_id     text NOT NULL,
  PRIMARY KEY (account_id, organisation_id)
);

-- Our invoice mirrored as a Stripe invoice on the supplier's account; also the mirroring's work
-- queue: PENDING rows are (re)tried by a job with backoff until FAILED_FINAL or mirrored.
CREATE TABLE stripe_invoice (
  invoice_id        uuid PRIMARY KEY,
  supplier_id       uuid NOT NULL REFERENCES organisation (id),
  buyer_id          uuid NOT NULL REFERENCES organisation (id),
  account_id        text NOT NULL,
  stripe_invoice_id text UNIQUE,
  status            text NOT NULL
    CHECK (status IN ('PENDING', 'OPEN', 'PAID', 'VOID', 'UNCOLLECTIBLE', 'GAVE_UP')),
  amount_cents      bigint,
  -- The Checkout Session that paid it by card (then the Stripe invoice is voided).
  card_session_id   text,
  attempts          integer NOT NULL DEFAULT 0,
  next_attempt_at   timestamptz NOT NULL DEFAULT now(),
  last_error        text,
  created_at        timestamptz NOT NULL DEFAULT now(),
  updated_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX stripe_invoice_due ON stripe_invoice (next_attempt_at) WHERE status = 'PENDING';

-- Each webhook event received, once (Stripe may deliver an event more than once).
CREATE TABLE stripe_event (
  id           text PRIMARY KEY,
  type         text NOT NULL,
  account_id   text,
  -- The id of the object the event is about: processing fetches its current state from Stripe.
  object_id    text,
  created      timestamptz NOT NULL,
  received_at  timestamptz NOT NULL DEFAULT now(),
  processed_at timestamptz
);
CREATE INDEX stripe_event_unprocessed ON stripe_event (received_at) WHERE processed_at IS NULL;

-- Payouts from a connected account's balance to the supplier's bank account.
CREATE TABLE stripe_payout (
  id           text PRIMARY KEY,
  account_id   text NOT NULL,
  amount_cents bigint NOT NULL,
  currency     text NOT NULL,
  status       text NOT NULL,
  arrival_date date,
  updated_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX stripe_payout_account ON stripe_payout (account_id);
