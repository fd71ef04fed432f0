-- Order placement without rows every submission of a buyer shares.
--
-- Until V9 every submission of a buyer took two shared rows, the buyer's yearly counter (gapless
-- numbers) and the lot period (the cap), and held them through its commit and WAL flush: a buyer's
-- orders were placed one flush after another, whatever the number of clients (843 orders/s for
-- place_orders alone with 32 clients, against pgbench's 5,364 TPS).
--
-- 1. Numbers leave the submitting transaction. place_orders writes its orders unnumbered (number
--    NULL, number_year set), and number_orders, called right after the commit, numbers every
--    committed unnumbered order of the buyer and year in one transaction under an advisory lock:
--    one flush numbers all the orders committed meanwhile. Numbers stay gapless and in submission
--    order, and only committed orders ever take one. An order left unnumbered by a crash between
--    the two calls is numbered by the sweep (OrderNumbering).
--
-- 2. A lot period's maximum is split into 16 shares (escrow): an order takes one share, at random,
--    with the same conditional update as before, so 16 orders can hold the cap at once. Each share
--    is checked by the database (committed + invoiced <= allowance), and the allowances of a lot
--    period always add up to its maximum (lot_period_spread and place_orders keep that), so
--    committed + invoiced can never pass the maximum. An order that does not fit its share gathers
--    the lot period: it locks every share in order, refuses (BC002) if the whole remaining amount
--    is short, and otherwise spreads what is left again, its own amount on its share. Near the
--    maximum orders therefore queue as before; elsewhere they do not. The committed and invoiced
--    amounts of a lot period are the sums of its shares (view lot_period_balance); an order keeps
--    its share (purchase_order.cap_share) so that a cancellation or an invoice moves money there.
--
-- 3. place_orders's statements are planned once per connection (generic plans). With custom plans
--    PostgreSQL re-planned each of its statements on every call, a fifth of its CPU.

ALTER TABLE purchase_order ALTER COLUMN number DROP NOT NULL;
ALTER TABLE purchase_order ADD COLUMN number_year int;
ALTER TABLE purchase_order ADD CONSTRAINT purchase_order_numbered
    CHECK (number IS NOT NULL OR number_year IS NOT NULL);
CREATE INDEX purchase_order_unnumbered_idx ON purchase_order (buyer_id, number_year, submitted_at, id)
    WHERE number IS NULL;

CREATE FUNCTION lot_cap_shares() RETURNS int IMMUTABLE LANGUAGE sql AS 'SELECT 16';

CREATE TABLE lot_period_share (
    lot_id                   uuid   NOT NULL,
    period_index             int    NOT NULL,
    share                    int    NOT NULL CHECK (share >= 0),
    allowance_excl_vat_cents bigint NOT NULL,
    committed_excl_vat_cents bigint NOT NULL DEFAULT 0 CHECK (committed_excl_vat_cents >= 0),
    invoiced_excl_vat_cents  bigint NOT NULL DEFAULT 0 CHECK (invoiced_excl_vat_cents >= 0),
    PRIMARY KEY (lot_id, period_index, share),
    FOREIGN KEY (lot_id, period_index) REFERENCES lot_period (lot_id, period_index) ON DELETE CASCADE,
    CONSTRAINT lot_period_share_within_allowance
        CHECK (committed_excl_vat_cents + invoiced_excl_vat_cents <= allowance_excl_vat_cents)
);

-- Spreads what remains of a lot period's maximum evenly over its shares, every share locked in
-- order first; the remainder of the division goes to share pick. With an amount, an order takes
-- that amount on share pick in the same statement (place_orders, when its share is too short; the
-- caller has checked that the whole remaining amount covers it). Called as well when a period is
-- created or its maximum changes. The one place that sets allowances: they add up to the maximum.
CREATE FUNCTION lot_period_spread(lot uuid, period int, pick int DEFAULT 0, amount bigint DEFAULT 0)
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

CREATE FUNCTION lot_period_shares_follow() RETURNS trigger
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

-- Existing periods: their amounts move to share 0, then the rest is spread.
INSERT INTO lot_period_share (lot_id, period_index, share, allowance_excl_vat_cents,
                              committed_excl_vat_cents, invoiced_excl_vat_cents)
SELECT p.lot_id, p.period_index, s,
       CASE WHEN s = 0 THEN p.committed_excl_vat_cents + p.invoiced_excl_vat_cents ELSE 0 END,
       CASE WHEN s = 0 THEN p.committed_excl_vat_cents ELSE 0 END,
       CASE WHEN s = 0 THEN p.invoiced_excl_vat_cents ELSE 0 END
FROM lot_period p, generate_series(0, lot_cap_shares() - 1) s;
SELECT lot_period_spread(lot_id, period_index) FROM lot_period;
ALTER TABLE lot_period DROP COLUMN committed_excl_vat_cents, DROP COLUMN invoiced_excl_vat_cents;

CREATE TRIGGER lot_period_shares AFTER INSERT OR UPDATE OF maximum_excl_vat_cents ON lot_period
    FOR EACH ROW EXECUTE FUNCTION lot_period_shares_follow();

CREATE VIEW lot_period_balance AS
SELECT p.lot_id, p.period_index, p.starts_on, p.ends_on, p.maximum_excl_vat_cents,
       sum(s.committed_excl_vat_cents)::bigint AS committed_excl_vat_cents,
       sum(s.invoiced_excl_vat_cents)::bigint AS invoiced_excl_vat_cents
FROM lot_period p JOIN lot_period_share s USING (lot_id, period_index)
GROUP BY p.lot_id, p.period_index;

ALTER TABLE purchase_order ADD COLUMN cap_share int NOT NULL DEFAULT 0;

CREATE OR REPLACE FUNCTION place_orders(p jsonb, OUT order_ids uuid[], OUT replayed boolean)
LANGUAGE plpgsql AS $$
DECLARE
    person       uuid := (p ->> 'personId')::uuid;
    stored       submission_key%ROWTYPE;
    short        jsonb;
    o            jsonb;
    po           purchase_order%ROWTYPE;
    cap          record;
    remaining    bigint;
    listing_ids  uuid[];
    shares       int[] := '{}';
    pick         int;
BEGIN
    replayed := false;
    order_ids := '{}';

    INSERT INTO submission_key (person_id, key, request_hash)
    VALUES (person, p ->> 'key', p ->> 'requestHash')
    ON CONFLICT DO NOTHING;
    IF NOT FOUND THEN
        -- A concurrent first use waited on above has committed: answer its result.
        SELECT * INTO stored FROM submission_key WHERE person_id = person AND key = p ->> 'key';
        IF stored.request_hash <> p ->> 'requestHash' THEN
            RAISE EXCEPTION 'idempotency key reused' USING ERRCODE = 'BC003';
        END IF;
        order_ids := stored.order_ids;
        replayed := true;
        RETURN;
    END IF;

    -- Stock: lock the listings in id order, then check them under the locks. Listings are found
    -- through an array and a lateral lookup kept apart by OFFSET 0: the planner guesses 100 rows
    -- for a JSON array and would otherwise hash-join a scan of the whole listing table.
    listing_ids := ARRAY(SELECT (w ->> 'listingId')::uuid FROM jsonb_array_elements(p -> 'wanted') w);
    PERFORM 1 FROM listing WHERE id = ANY (listing_ids) ORDER BY id FOR UPDATE;
    SELECT jsonb_agg(jsonb_build_object('listingId', w."listingId", 'available', coalesce(l.available_quantity, 0),
                                        'orderable', coalesce(l.status IN ('PUBLISHED', 'SOLD_OUT'), false)))
    INTO short
    FROM jsonb_to_recordset(p -> 'wanted') AS w("listingId" uuid, quantity int)
    LEFT JOIN LATERAL (SELECT status, available_quantity FROM listing WHERE id = w."listingId" OFFSET 0) l ON true
    WHERE l.status IS NULL OR l.status NOT IN ('PUBLISHED', 'SOLD_OUT') OR l.available_quantity < w.quantity;
    IF short IS NOT NULL THEN
        RAISE EXCEPTION 'out of stock' USING ERRCODE = 'BC001', DETAIL = short::text;
    END IF;
    INSERT INTO stock_movement (listing_id, kind, quantity, actor, reason)
    SELECT (e ->> 'listingId')::uuid, 'RESERVED', -(e ->> 'quantity')::int, p ->> 'actor', 'Purchase order'
    FROM jsonb_array_elements(p -> 'wanted') e;

    -- The orders, unnumbered, while only the listings are locked.
    FOR o IN SELECT value FROM jsonb_array_elements(p -> 'orders') LOOP
        po := jsonb_populate_record(NULL::purchase_order, o);
        pick := floor(random() * lot_cap_shares())::int;
        shares := shares || pick;
        INSERT INTO purchase_order (id, buyer_id, number_year, cap_share, service_id, supplier_id, agreement_id, lot_id,
            period_index, status, total_excl_vat_cents, total_vat_cents, delivery_street,
            delivery_postcode, delivery_city, delivery_date, note, requester_id, requires_approval,
            approved_at)
        VALUES (po.id, po.buyer_id, (p ->> 'year')::int, pick, po.service_id, po.supplier_id, po.agreement_id,
            po.lot_id, po.period_index, po.status, po.total_excl_vat_cents, po.total_vat_cents,
            po.delivery_street, po.delivery_postcode, po.delivery_city, po.delivery_date, po.note,
            po.requester_id, po.requires_approval,
            CASE WHEN po.requires_approval THEN NULL ELSE now() END);
        INSERT INTO order_line (order_id, line_no, listing_id, sku, title, category_id, quantity,
            catalogue_unit_price_cents, unit_price_excl_vat_cents, vat_rate_bp, line_excl_vat_cents,
            line_vat_cents)
        SELECT po.id, l.line_no, l.listing_id, l.sku, l.title, l.category_id, l.quantity,
            l.catalogue_unit_price_cents, l.unit_price_excl_vat_cents, l.vat_rate_bp,
            l.line_excl_vat_cents, l.line_vat_cents
        FROM jsonb_populate_recordset(NULL::order_line, o -> 'lines') l;
        INSERT INTO order_event (order_id, from_status, to_status, actor_id, actor_label, comment)
        VALUES (po.id, NULL, 'SUBMITTED', person, p ->> 'actor', NULL);
        IF NOT po.requires_approval THEN
            INSERT INTO order_event (order_id, from_status, to_status, actor_id, actor_label, comment)
            VALUES (po.id, 'SUBMITTED', 'APPROVED', NULL, 'system', o ->> 'approvedComment');
        END IF;
        INSERT INTO spend_entry (order_id, lot_id, period_index, service_id, kind,
            committed_excl_vat_cents, committed_vat_cents, invoiced_excl_vat_cents, invoiced_vat_cents)
        VALUES (po.id, po.lot_id, po.period_index, po.service_id, 'COMMITTED',
            po.total_excl_vat_cents, po.total_vat_cents, 0, 0);
        order_ids := order_ids || po.id;
    END LOOP;
    UPDATE submission_key SET order_ids = place_orders.order_ids
    WHERE person_id = person AND key = p ->> 'key';
    IF (p ->> 'fromCart')::boolean THEN
        DELETE FROM cart_line WHERE person_id = person AND listing_id = ANY (listing_ids);
    END IF;

    -- The cap last, so its locks last only until the commit: each order on its share of its lot
    -- period, lots, periods and shares in order. A share too short gathers the lot period.
    FOR cap IN
        SELECT (x ->> 'lot_id')::uuid AS lot_id, (x ->> 'period_index')::int AS period_index,
               shares[i] AS share, (x ->> 'total_excl_vat_cents')::bigint AS amount,
               x ->> 'id' AS order_id
        FROM jsonb_array_elements(p -> 'orders') WITH ORDINALITY AS e(x, i)
        ORDER BY 1, 2, 3
    LOOP
        UPDATE lot_period_share
        SET committed_excl_vat_cents = committed_excl_vat_cents + cap.amount
        WHERE lot_id = cap.lot_id AND period_index = cap.period_index AND share = cap.share
          AND committed_excl_vat_cents + invoiced_excl_vat_cents + cap.amount <= allowance_excl_vat_cents;
        CONTINUE WHEN FOUND;
        PERFORM 1 FROM lot_period_share
        WHERE lot_id = cap.lot_id AND period_index = cap.period_index ORDER BY share FOR UPDATE;
        SELECT maximum_excl_vat_cents - committed_excl_vat_cents - invoiced_excl_vat_cents
        INTO remaining
        FROM lot_period_balance WHERE lot_id = cap.lot_id AND period_index = cap.period_index;
        IF remaining IS NULL OR remaining < cap.amount THEN
            RAISE EXCEPTION 'lot cap exceeded' USING ERRCODE = 'BC002',
                DETAIL = jsonb_build_object('orderId', cap.order_id, 'remaining', coalesce(remaining, 0),
                                            'amount', cap.amount)::text;
        END IF;
        -- What remains after this order, spread again; the order on its share.
        PERFORM lot_period_spread(cap.lot_id, cap.period_index, cap.share, cap.amount);
    END LOOP;
END;
$$;


ALTER FUNCTION place_orders(jsonb) SET plan_cache_mode = force_generic_plan;

-- Numbers the committed, unnumbered orders of a buyer and year, in submission order, and answers
-- how many it numbered. Callers of one buyer and year queue on the advisory lock, which is released
-- after the commit. A caller naming its own orders (mine) whose orders a predecessor numbered
-- meanwhile writes nothing (no transaction id, no WAL flush) and leaves the orders committed since
-- to their own submissions: so one flush numbers every order committed while the previous one ran,
-- instead of each waiter flushing for the one or two committed just before it. mine NULL (the
-- sweep) numbers whatever is pending.
CREATE FUNCTION number_orders(buyer uuid, yr int, mine uuid[]) RETURNS int
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
