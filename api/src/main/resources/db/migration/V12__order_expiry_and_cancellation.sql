-- No order waits forever: an order not approved in time EXPIRES (stock and amount released), and an
-- accepted order can be cancelled by its supplier, or at the buyer's request with the supplier's
-- consent. The request is kept on the order until the supplier answers it.
ALTER TABLE purchase_order DROP CONSTRAINT purchase_order_status_check;
ALTER TABLE purchase_order ADD CONSTRAINT purchase_order_status_check CHECK (status IN ('SUBMITTED',
    'APPROVED', 'REJECTED', 'ACCEPTED', 'REFUSED', 'READY', 'DELIVERED', 'INVOICED', 'PAID',
    'CANCELLED', 'EXPIRED'));

ALTER TABLE purchase_order
    ADD COLUMN cancellation_requested_at timestamptz,
    ADD COLUMN cancellation_requested_by text,
    ADD COLUMN cancellation_reason       text;

-- The expiry sweep reads the orders still waiting for approval, oldest first.
CREATE INDEX purchase_order_awaiting_approval_idx ON purchase_order (submitted_at)
    WHERE status = 'SUBMITTED';

-- A timeline entry that does not change the status (a cancellation asked or declined) says which
-- action it records.
ALTER TABLE order_event ADD COLUMN action text;
