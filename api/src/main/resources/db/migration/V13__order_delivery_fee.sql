-- A listing's delivery fee enters the order: one delivery per order, charged at the highest fee
-- among its listings, at that listing's VAT rate. The order's totals include it, so the lot's cap,
-- the approval threshold and the spend ledger count it like the goods.
ALTER TABLE purchase_order
    ADD COLUMN delivery_fee_excl_vat_cents bigint NOT NULL DEFAULT 0 CHECK (delivery_fee_excl_vat_cents >= 0),
    ADD COLUMN delivery_fee_vat_cents      bigint NOT NULL DEFAULT 0 CHECK (delivery_fee_vat_cents >= 0),
    ADD COLUMN delivery_fee_vat_rate_bp    int    NOT NULL DEFAULT 0 CHECK (delivery_fee_vat_rate_bp >= 0);
