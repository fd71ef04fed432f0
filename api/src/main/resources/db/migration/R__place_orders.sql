-- Owned by the ordering area. Places a checkout's orders all or none: idempotency key, stock under
-- row locks in id order, the orders with their lines and delivery fee, then each lot period's cap
-- under its share locks. Repeatable: change the function here, never in a versioned migration.
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
            approved_at, delivery_fee_excl_vat_cents, delivery_fee_vat_cents, delivery_fee_vat_rate_bp)
        VALUES (po.id, po.buyer_id, (p ->> 'year')::int, pick, po.service_id, po.supplier_id, po.agreement_id,
            po.lot_id, po.period_index, po.status, po.total_excl_vat_cents, po.total_vat_cents,
            po.delivery_street, po.delivery_postcode, po.delivery_city, po.delivery_date, po.note,
            po.requester_id, po.requires_approval,
            CASE WHEN po.requires_approval THEN NULL ELSE now() END,
            coalesce(po.delivery_fee_excl_vat_cents, 0), coalesce(po.delivery_fee_vat_cents, 0),
            coalesce(po.delivery_fee_vat_rate_bp, 0));
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
