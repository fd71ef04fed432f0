-- Owned by the agreement area. First created by V10; this repeatable migration is its
-- current definition: change the function here, never in a versioned migration.
-- Spreads what remains of a lot period's maximum evenly over its shares, every share locked in
-- order first; the remainder of the division goes to share pick. With an amount, an order takes
-- that amount on share pick in the same statement (place_orders, when its share is too short; the
-- caller has checked that the whole remaining amount covers it). Called as well when a period is
-- created or its maximum changes. The one place that sets allowances: they add up to the maximum.
CREATE OR REPLACE FUNCTION lot_period_spread(lot uuid, period int, pick int DEFAULT 0, amount bigint DEFAULT 0)
RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    free bigint;
BEGIN
    PERFORM 1 FROM lot_period_share WHERE lot_id = lot AND period_index = period ORDER BY share FOR UPDATE;
    SELECT p.maximum_excl_vat_cents - amount
           - coalesce(sum(s.committed_excl_vat_cents + s.invoiced_excl_vat_cents), 0)
    INTO free
    FROM lot_period p LEFT JOIN lot_period_share s USING (lot_id, period_index)
    WHERE p.lot_id = lot AND p.period_index = period
    GROUP BY p.maximum_excl_vat_cents;
    UPDATE lot_period_share
    SET committed_excl_vat_cents = committed_excl_vat_cents + CASE WHEN share = pick THEN amount ELSE 0 END,
        allowance_excl_vat_cents = committed_excl_vat_cents + invoiced_excl_vat_cents
            + free / lot_cap_shares()
            + CASE WHEN share = pick THEN amount + free % lot_cap_shares() ELSE 0 END
    WHERE lot_id = lot AND period_index = period;
END;
$$;
