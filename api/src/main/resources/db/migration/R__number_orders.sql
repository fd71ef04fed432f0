-- Owned by the ordering area. First created by V10; this repeatable migration is its
-- current definition: change the function here, never in a versioned migration.
-- Numbers the committed, unnumbered orders of a buyer and year, in submission order, and answers
-- how many it numbered. Callers of one buyer and year queue on the advisory lock, which is released
-- after the commit. A caller naming its own orders (mine) whose orders a predecessor numbered
-- meanwhile writes nothing (no transaction id, no WAL flush) and leaves the orders committed since
-- to their own submissions: so one flush numbers every order committed while the previous one ran,
-- instead of each waiter flushing for the one or two committed just before it. mine NULL (the
-- sweep) numbers whatever is pending.
CREATE OR REPLACE FUNCTION number_orders(buyer uuid, yr int, mine uuid[]) RETURNS int
LANGUAGE plpgsql AS $$
DECLARE
    numbered int;
    pending  int;
BEGIN
    PERFORM pg_advisory_xact_lock(1112495951, hashtext(buyer::text || '/' || yr));
    IF mine IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM purchase_order WHERE id = ANY (mine) AND number IS NULL) THEN
        RETURN 0;
    END IF;
    -- One statement, so one snapshot: the orders counted are the orders numbered, even while
    -- other submissions commit.
    WITH todo AS (
        SELECT id, row_number() OVER (ORDER BY submitted_at, id) AS ord, count(*) OVER () AS n
        FROM purchase_order
        WHERE buyer_id = buyer AND number_year = yr AND number IS NULL),
    counter AS (
        INSERT INTO order_counter (buyer_id, year, last_number)
        SELECT buyer, yr, n FROM todo LIMIT 1
        ON CONFLICT (buyer_id, year) DO UPDATE
            SET last_number = order_counter.last_number + EXCLUDED.last_number
        RETURNING last_number),
    upd AS (
        UPDATE purchase_order o
        SET number = 'BC-' || yr || '-' || lpad((counter.last_number - todo.n + todo.ord)::text, 6, '0')
        FROM todo, counter
        WHERE o.id = todo.id
        RETURNING todo.n)
    SELECT count(*), coalesce(max(n), 0) INTO numbered, pending FROM upd;
    IF numbered <> pending THEN
        RAISE EXCEPTION 'numbered % of % orders', numbered, pending;
    END IF;
    RETURN numbered;
END;
$$;
