-- Owned by the agreement area. First created by V10; this repeatable migration is its current
-- definition: change the view here, never in a versioned migration. A lot period's amounts are the
-- sums of its cap shares; the agreement area publishes them to ordering through AgreementLots.
CREATE OR REPLACE VIEW lot_period_balance AS
SELECT p.lot_id, p.period_index, p.starts_on, p.ends_on, p.maximum_excl_vat_cents,
       sum(s.committed_excl_vat_cents)::bigint AS committed_excl_vat_cents,
       sum(s.invoiced_excl_vat_cents)::bigint AS invoiced_excl_vat_cents
FROM lot_period p JOIN lot_period_share s USING (lot_id, period_index)
GROUP BY p.lot_id, p.period_index;
