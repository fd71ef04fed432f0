-- Owned by the agreement area. First created by V10; this repeatable migration is its
-- current definition: change the function here, never in a versioned migration.
CREATE OR REPLACE FUNCTION lot_period_shares_follow() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO lot_period_share (lot_id, period_index, share, allowance_excl_vat_cents)
        SELECT NEW.lot_id, NEW.period_index, s, 0 FROM generate_series(0, lot_cap_shares() - 1) s;
    END IF;
    PERFORM lot_period_spread(NEW.lot_id, NEW.period_index);
    RETURN NULL;
END;
$$;
