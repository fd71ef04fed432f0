-- A large buyer for the dashboard benchmark (infra/bench/dashboard.sh): the demo's first buyer
-- (the organisation of acheteur@boucle.demo) grown to two years of history with :lines order lines
-- (psql variable, default 100000) on top of the demo's, written as ordering writes them:
--   * a second framework agreement (2 lots, yearly periods from 30 months ago) beside the demo's
--     (3 lots, yearly periods), so 5 lots over 2 agreements, and 3 more services (6 in all);
--   * orders submitted over the last 24 months, each on one lot period (the one covering its
--     submission day), one supplier awarded to that lot, 1 to 7 lines of that supplier's listings
--     in the lot's categories, a delivery fee on some; statuses as an order's age makes likely
--     (old: paid or invoiced, recent: submitted to delivered; about 10 % ended: cancelled,
--     refused, rejected), each with its timeline in order_event;
--   * the spend ledger exactly as the order's life writes it (place_orders, SpendEntries):
--     COMMITTED at submission (+total), RELEASED when it ended (-total committed), INVOICED when
--     invoiced (committed -> invoiced), PAID when paid (paid +total);
--   * numbers per buyer and year following the demo's, and order_counter moved on;
--   * every lot period's shares put back together from the ledger (share 0 holds committed and
--     invoiced, each order on share 0, the rest spread as lot_period_spread does), with maxima set
--     so that consumption looks real (about 70-90 % of each period).
-- Not written: stock movements (the dashboards do not read the stock ledger) and invoices (the
-- reports read the spend ledger; the invoicing area's own tables stay the demo's).
-- Deterministic: setseed fixes random().
\if :{?lines}
\else
\set lines 100000
\endif
BEGIN;
SELECT setseed(0.16);

CREATE TEMP TABLE bb AS
SELECT p.organisation_id AS buyer_id, p.id AS admin_id
FROM person p WHERE p.email = 'acheteur@boucle.demo';

-- Three more services, like the demo's.
INSERT INTO buyer_service (id, organisation_id, name, chorus_service_code, street, postcode, city,
                           department, latitude, longitude, approval_threshold_cents)
SELECT gen_random_uuid(), bb.buyer_id, s.name, s.code, s.street, '93000', 'Bobigny', '93', 48.9, 2.44, s.threshold
FROM bb, (VALUES ('Direction de la culture', 'SE-0104', '3 place de la Libération', 300000),
                 ('Direction des routes', 'SE-0105', '21 avenue Jean Jaurès', 0),
                 ('Direction des systèmes d''information', 'SE-0106', '9 rue Carnot', 500000))
     AS s(name, code, street, threshold);

-- A second agreement, started 30 months ago: yearly periods, 2 lots awarded like the demo's.
CREATE TEMP TABLE new_agreement AS
SELECT gen_random_uuid() AS id, (date_trunc('month', current_date) - interval '30 months')::date AS starts;
INSERT INTO framework_agreement (id, buyer_id, reference, title, procedure, launched_on, start_date,
                                 initial_end_date, renewal_count, renewal_months, end_date, status)
SELECT a.id, bb.buyer_id, 'AC-BENCH-MOBILIER', 'Mobilier et informatique de réemploi (benchmark)',
       'OPEN_TENDER', a.starts - 90, a.starts, (a.starts + interval '1 year')::date - 1, 2, 12,
       (a.starts + interval '3 years')::date - 1, 'ACTIVE'
FROM new_agreement a, bb;
CREATE TEMP TABLE old_lot AS
SELECT l.*, row_number() OVER (ORDER BY l.number) AS k
FROM agreement_lot l JOIN framework_agreement a ON a.id = l.agreement_id, bb
WHERE a.buyer_id = bb.buyer_id AND a.reference <> 'AC-BENCH-MOBILIER';
CREATE TEMP TABLE new_lot AS
SELECT gen_random_uuid() AS id, o.id AS model_id, o.k AS number, o.reservation,
       CASE o.k WHEN 1 THEN 'Mobilier de bureau reconditionné' ELSE 'Équipements de réemploi' END AS title
FROM old_lot o WHERE o.k IN (1, (SELECT max(k) FROM old_lot));
INSERT INTO agreement_lot (id, agreement_id, number, title, reservation, minimum_excl_vat_cents,
                           maximum_excl_vat_cents, price_terms, discount_bp)
SELECT n.id, a.id, row_number() OVER (ORDER BY n.number), n.title, n.reservation, 0, 1, 'CATALOGUE_DISCOUNT', 400
FROM new_lot n, new_agreement a;
INSERT INTO lot_category (lot_id, category_id) SELECT n.id, c.category_id FROM new_lot n JOIN lot_category c ON c.lot_id = n.model_id;
INSERT INTO lot_supplier (lot_id, supplier_id) SELECT n.id, s.supplier_id FROM new_lot n JOIN lot_supplier s ON s.lot_id = n.model_id;
INSERT INTO lot_period (lot_id, period_index, starts_on, ends_on, maximum_excl_vat_cents)
SELECT n.id, i, (a.starts + make_interval(years => i))::date, (a.starts + make_interval(years => i + 1))::date - 1, 1
FROM new_lot n, new_agreement a, generate_series(0, 2) i;

-- The buyer's lots, and what each can sell: listings of its suppliers in its categories.
CREATE TEMP TABLE blot AS
SELECT l.id AS lot_id, l.agreement_id, coalesce(l.discount_bp, 0) AS discount_bp,
       row_number() OVER (ORDER BY a.reference, l.number) AS k
FROM agreement_lot l JOIN framework_agreement a ON a.id = l.agreement_id, bb
WHERE a.buyer_id = bb.buyer_id;
CREATE TEMP TABLE cand AS
SELECT DISTINCT bl.lot_id, s.supplier_id, li.id AS listing_id, li.sku, li.title, li.category_id,
       li.price_excl_vat_cents, li.vat_rate_bp, li.delivery_fee_cents
FROM blot bl
JOIN lot_supplier s ON s.lot_id = bl.lot_id
JOIN lot_category c ON c.lot_id = bl.lot_id
JOIN category cat ON cat.id = c.category_id OR cat.parent_id = c.category_id
JOIN listing li ON li.supplier_id = s.supplier_id AND li.category_id = cat.id AND li.status <> 'DRAFT';
CREATE TEMP TABLE cand_n AS
SELECT *, row_number() OVER (PARTITION BY lot_id, supplier_id ORDER BY listing_id) AS rn,
       count(*) OVER (PARTITION BY lot_id, supplier_id) AS n
FROM cand;
CREATE TEMP TABLE lot_sup AS
SELECT lot_id, supplier_id, row_number() OVER (PARTITION BY lot_id ORDER BY supplier_id) AS k,
       count(*) OVER (PARTITION BY lot_id) AS n
FROM (SELECT DISTINCT lot_id, supplier_id FROM cand) x;
CREATE TEMP TABLE bsvc AS
SELECT s.*, row_number() OVER (ORDER BY s.chorus_service_code, s.name) AS k, count(*) OVER () AS n
FROM buyer_service s, bb WHERE s.organisation_id = bb.buyer_id;
CREATE TEMP TABLE breq AS
SELECT p.id, p.email, row_number() OVER (ORDER BY p.id) AS k, count(*) OVER () AS n
FROM person p JOIN person_role r ON r.person_id = p.id AND r.role = 'REQUESTER', bb
WHERE p.organisation_id = bb.buyer_id;

-- Orders: submission times over the last 24 months (more recent ones a little denser), a lot that
-- has a period on that day and suppliers, 1-7 lines, cut to exactly :lines lines.
CREATE TEMP TABLE cand_order AS
SELECT g AS seq,
       now() - (730 * power(random(), 1.15)) * interval '1 day' AS submitted_at,
       1 + floor(random() * (SELECT count(*) FROM blot))::int AS lot_k,
       1 + floor(random() * 7)::int AS nlines,
       random() AS r_sup, random() AS r_svc, random() AS r_req, random() AS r_status,
       random() AS r_end, random() AS r_fee
FROM generate_series(1, (:lines / 3)::int) g;
CREATE TEMP TABLE bo AS
WITH placed AS (
    SELECT c.*, bl.lot_id, bl.agreement_id, bl.discount_bp, p.period_index,
           sum(c.nlines) OVER (ORDER BY c.seq) AS cum
    FROM cand_order c
    JOIN blot bl ON bl.k = c.lot_k
    JOIN lot_period p ON p.lot_id = bl.lot_id
         AND (c.submitted_at AT TIME ZONE 'Europe/Paris')::date BETWEEN p.starts_on AND p.ends_on
    WHERE EXISTS (SELECT 1 FROM lot_sup ls WHERE ls.lot_id = bl.lot_id))
SELECT gen_random_uuid() AS id, pl.seq, pl.submitted_at, pl.lot_id, pl.agreement_id, pl.discount_bp,
       pl.period_index, least(pl.nlines, :lines - (pl.cum - pl.nlines))::int AS nlines,
       ls.supplier_id, sv.id AS service_id, sv.street, sv.postcode, sv.city, sv.approval_threshold_cents,
       rq.id AS requester_id, rq.email AS requester_email,
       extract(epoch FROM now() - pl.submitted_at) / 86400 AS age_days,
       pl.r_status, pl.r_end, pl.r_fee
FROM placed pl
JOIN lot_sup ls ON ls.lot_id = pl.lot_id AND ls.k = 1 + floor(pl.r_sup * ls.n)
JOIN bsvc sv ON sv.k = 1 + floor(pl.r_svc * sv.n)
JOIN breq rq ON rq.k = 1 + floor(pl.r_req * rq.n)
WHERE pl.cum - pl.nlines < :lines;

CREATE INDEX ON cand_n (lot_id, supplier_id, rn);
CREATE TEMP TABLE pick AS
SELECT o.id AS order_id, o.lot_id, o.supplier_id, o.discount_bp, i AS line_no, random() AS r_listing,
       1 + floor(power(random(), 3) * 6)::int AS quantity
FROM bo o CROSS JOIN generate_series(1, o.nlines) i;
ANALYZE cand_n, pick;
CREATE TEMP TABLE bl_line AS
SELECT p.order_id, p.line_no, c.listing_id, c.sku, c.title, c.category_id, p.quantity,
       c.price_excl_vat_cents, c.price_excl_vat_cents * (10000 - p.discount_bp) / 10000 AS unit_cents,
       c.vat_rate_bp, c.delivery_fee_cents
FROM pick p
JOIN cand_n c ON c.lot_id = p.lot_id AND c.supplier_id = p.supplier_id
     AND c.rn = 1 + floor(p.r_listing * c.n);
ALTER TABLE bl_line ADD COLUMN line_excl bigint, ADD COLUMN line_vat bigint;
UPDATE bl_line SET line_excl = quantity * unit_cents,
                   line_vat = round(quantity * unit_cents * vat_rate_bp / 10000.0)::bigint;

-- Totals, a delivery fee on some orders (at 20 %), and the status the order's age makes likely.
CREATE TEMP TABLE bo2 AS
SELECT o.*, s.goods_excl, s.goods_vat, f.fee,
       s.goods_excl + f.fee AS total_excl, s.goods_vat + f.fee / 5 AS total_vat,
       CASE
         WHEN o.r_status < 0.05 AND o.age_days > 2 THEN 'CANCELLED'
         WHEN o.r_status < 0.08 AND o.age_days > 2 THEN 'REFUSED'
         WHEN o.r_status < 0.10 AND o.age_days > 2 THEN 'REJECTED'
         WHEN o.age_days > 60 THEN CASE WHEN o.r_end < 0.95 THEN 'PAID' ELSE 'INVOICED' END
         WHEN o.age_days > 30 THEN CASE WHEN o.r_end < 0.5 THEN 'PAID' WHEN o.r_end < 0.85 THEN 'INVOICED' ELSE 'DELIVERED' END
         WHEN o.age_days > 10 THEN CASE WHEN o.r_end < 0.3 THEN 'INVOICED' WHEN o.r_end < 0.7 THEN 'DELIVERED'
                                        WHEN o.r_end < 0.85 THEN 'READY' ELSE 'ACCEPTED' END
         ELSE CASE WHEN o.r_end < 0.25 THEN 'SUBMITTED' WHEN o.r_end < 0.5 THEN 'APPROVED'
                   WHEN o.r_end < 0.75 THEN 'ACCEPTED' WHEN o.r_end < 0.9 THEN 'READY' ELSE 'DELIVERED' END
       END AS status,
       -- The timeline is compressed for young orders so that every step is in the past.
       least(1.0, o.age_days / 50.0) AS pace
FROM bo o
JOIN (SELECT order_id, sum(line_excl)::bigint AS goods_excl, sum(line_vat)::bigint AS goods_vat,
             max(coalesce(delivery_fee_cents, 0)) AS max_fee
      FROM bl_line GROUP BY order_id) s ON s.order_id = o.id
CROSS JOIN LATERAL (SELECT CASE WHEN o.r_fee < 0.3 THEN greatest(s.max_fee, 1500) ELSE 0 END AS fee) f;

-- The path to each status, with its step's time; ended orders end from the step before.
CREATE TEMP TABLE bev AS
SELECT o.id AS order_id, e.from_status, e.to_status, e.step,
       o.submitted_at + (e.hours * o.pace) * interval '1 hour' AS at
FROM bo2 o
JOIN LATERAL (VALUES
    (1, NULL, 'SUBMITTED', 0.0),
    (2, 'SUBMITTED', 'APPROVED', 3.0),
    (3, 'APPROVED', 'ACCEPTED', 26.0),
    (4, 'ACCEPTED', 'READY', 72.0),
    (5, 'READY', 'DELIVERED', 150.0),
    (6, 'DELIVERED', 'INVOICED', 220.0),
    (7, 'INVOICED', 'PAID', 1000.0)) AS e(step, from_status, to_status, hours)
  ON e.step <= CASE o.status WHEN 'SUBMITTED' THEN 1 WHEN 'APPROVED' THEN 2 WHEN 'ACCEPTED' THEN 3
                             WHEN 'READY' THEN 4 WHEN 'DELIVERED' THEN 5 WHEN 'INVOICED' THEN 6
                             WHEN 'PAID' THEN 7 WHEN 'REJECTED' THEN 1 WHEN 'REFUSED' THEN 2
                             WHEN 'CANCELLED' THEN 2 + floor(o.r_end * 2)::int END
UNION ALL
SELECT o.id, CASE o.status WHEN 'REJECTED' THEN 'SUBMITTED' WHEN 'REFUSED' THEN 'APPROVED'
                           ELSE CASE WHEN o.r_end < 0.5 THEN 'APPROVED' ELSE 'ACCEPTED' END END,
       o.status, 9, o.submitted_at + (40.0 * o.pace) * interval '1 hour'
FROM bo2 o WHERE o.status IN ('REJECTED', 'REFUSED', 'CANCELLED');

CREATE INDEX ON bev (order_id);
ANALYZE bo2, bev;

-- Numbers per year after the demo's.
CREATE TEMP TABLE bnum AS
SELECT o.id, y.yr,
       coalesce(c.last_number, 0) + row_number() OVER (PARTITION BY y.yr ORDER BY o.submitted_at, o.id) AS n
FROM bo2 o
CROSS JOIN LATERAL (SELECT extract(year FROM o.submitted_at AT TIME ZONE 'Europe/Paris')::int AS yr) y
CROSS JOIN bb
LEFT JOIN order_counter c ON c.buyer_id = bb.buyer_id AND c.year = y.yr;

INSERT INTO purchase_order (id, buyer_id, number, number_year, cap_share, service_id, supplier_id,
    agreement_id, lot_id, period_index, status, total_excl_vat_cents, total_vat_cents,
    delivery_street, delivery_postcode, delivery_city, delivery_date, note, requester_id,
    requires_approval, invoice_reference, approved_at, submitted_at, updated_at,
    delivery_fee_excl_vat_cents, delivery_fee_vat_cents, delivery_fee_vat_rate_bp)
SELECT o.id, bb.buyer_id, 'BC-' || nb.yr || '-' || lpad(nb.n::text, 6, '0'), nb.yr, 0, o.service_id,
       o.supplier_id, o.agreement_id, o.lot_id, o.period_index, o.status, o.total_excl, o.total_vat,
       o.street, o.postcode, o.city, (o.submitted_at + interval '14 days')::date, NULL, o.requester_id,
       o.approval_threshold_cents > 0 AND o.total_excl > o.approval_threshold_cents,
       CASE WHEN o.status IN ('INVOICED', 'PAID') THEN 'FAC-BENCH-' || o.seq END,
       (SELECT min(e.at) FROM bev e WHERE e.order_id = o.id AND e.to_status = 'APPROVED'),
       o.submitted_at, (SELECT max(e.at) FROM bev e WHERE e.order_id = o.id),
       o.fee, o.fee / 5, CASE WHEN o.fee > 0 THEN 2000 ELSE 0 END
FROM bo2 o JOIN bnum nb ON nb.id = o.id, bb;
INSERT INTO order_counter (buyer_id, year, last_number)
SELECT bb.buyer_id, yr, max(n) FROM bnum, bb GROUP BY bb.buyer_id, yr
ON CONFLICT (buyer_id, year) DO UPDATE SET last_number = EXCLUDED.last_number;
INSERT INTO order_line (order_id, line_no, listing_id, sku, title, category_id, quantity,
    catalogue_unit_price_cents, unit_price_excl_vat_cents, vat_rate_bp, line_excl_vat_cents, line_vat_cents)
SELECT order_id, line_no, listing_id, sku, title, category_id, quantity, price_excl_vat_cents,
       unit_cents, vat_rate_bp, line_excl, line_vat
FROM bl_line;
INSERT INTO order_event (order_id, from_status, to_status, actor_id, actor_label, comment, occurred_at)
SELECT e.order_id, e.from_status, e.to_status,
       CASE WHEN e.to_status = 'SUBMITTED' THEN o.requester_id END,
       CASE WHEN e.to_status = 'SUBMITTED' THEN o.requester_email ELSE 'system' END,
       CASE WHEN e.to_status = 'INVOICED' THEN 'Invoice FAC-BENCH-' || o.seq END, e.at
FROM bev e JOIN bo2 o ON o.id = e.order_id
ORDER BY e.at, e.order_id, e.step;

-- The spend ledger, as the order's life writes it.
INSERT INTO spend_entry (order_id, lot_id, period_index, service_id, kind, committed_excl_vat_cents,
    committed_vat_cents, invoiced_excl_vat_cents, invoiced_vat_cents, paid_excl_vat_cents,
    paid_vat_cents, occurred_at)
SELECT o.id, o.lot_id, o.period_index, o.service_id, x.kind, x.ce, x.cv, x.ie, x.iv, x.pe, x.pv, x.at
FROM bo2 o
JOIN LATERAL (
    SELECT 'COMMITTED' AS kind, o.total_excl AS ce, o.total_vat AS cv, 0::bigint AS ie, 0::bigint AS iv,
           0::bigint AS pe, 0::bigint AS pv, o.submitted_at AS at
    UNION ALL
    SELECT 'RELEASED', -o.total_excl, -o.total_vat, 0, 0, 0, 0, e.at
    FROM bev e WHERE e.order_id = o.id AND e.to_status IN ('REJECTED', 'REFUSED', 'CANCELLED')
    UNION ALL
    SELECT 'INVOICED', -o.total_excl, -o.total_vat, o.total_excl, o.total_vat, 0, 0, e.at
    FROM bev e WHERE e.order_id = o.id AND e.to_status = 'INVOICED'
    UNION ALL
    SELECT 'PAID', 0, 0, 0, 0, o.total_excl, o.total_vat, e.at
    FROM bev e WHERE e.order_id = o.id AND e.to_status = 'PAID') x ON true
ORDER BY x.at;

-- Lot periods from the ledger: maxima so that each period is 70-90 % consumed (the current one
-- in proportion to the time elapsed), then every share rebuilt on share 0 and spread again.
CREATE TEMP TABLE bsum AS
SELECT bl.lot_id, p.period_index, bl.k,
       coalesce(sum(e.committed_excl_vat_cents), 0)::bigint AS committed,
       coalesce(sum(e.invoiced_excl_vat_cents), 0)::bigint AS invoiced,
       greatest(0.05, least(1.0, (current_date - p.starts_on + 1)::numeric / (p.ends_on - p.starts_on + 1))) AS elapsed
FROM blot bl JOIN lot_period p ON p.lot_id = bl.lot_id
LEFT JOIN spend_entry e ON e.lot_id = p.lot_id AND e.period_index = p.period_index
GROUP BY bl.lot_id, p.period_index, bl.k, p.starts_on, p.ends_on;
UPDATE purchase_order o SET cap_share = 0
FROM blot bl WHERE o.lot_id = bl.lot_id AND o.cap_share <> 0;
ALTER TABLE lot_period DISABLE TRIGGER lot_period_shares;
UPDATE lot_period p
SET maximum_excl_vat_cents = greatest(p.maximum_excl_vat_cents, 10000000,
        ceil((s.committed + s.invoiced) / s.elapsed / (0.70 + 0.05 * (s.k % 5)) / 100000.0)::bigint * 100000)
FROM bsum s WHERE s.lot_id = p.lot_id AND s.period_index = p.period_index;
UPDATE agreement_lot l SET maximum_excl_vat_cents = m.mx
FROM (SELECT lot_id, max(maximum_excl_vat_cents) AS mx FROM lot_period GROUP BY lot_id) m, blot bl
WHERE m.lot_id = l.id AND bl.lot_id = l.id AND m.mx > l.maximum_excl_vat_cents;
-- Periods to come: the lot's maximum.
UPDATE lot_period p SET maximum_excl_vat_cents = l.maximum_excl_vat_cents
FROM agreement_lot l, blot bl
WHERE l.id = p.lot_id AND bl.lot_id = l.id AND p.starts_on > current_date;
ALTER TABLE lot_period ENABLE TRIGGER lot_period_shares;
UPDATE lot_period_share sh
SET allowance_excl_vat_cents = CASE WHEN sh.share = 0 THEN p.maximum_excl_vat_cents ELSE 0 END,
    committed_excl_vat_cents = CASE WHEN sh.share = 0 THEN s.committed ELSE 0 END,
    invoiced_excl_vat_cents = CASE WHEN sh.share = 0 THEN s.invoiced ELSE 0 END
FROM bsum s JOIN lot_period p ON p.lot_id = s.lot_id AND p.period_index = s.period_index
WHERE sh.lot_id = s.lot_id AND sh.period_index = s.period_index;
SELECT lot_period_spread(lot_id, period_index) FROM bsum;
COMMIT;
ANALYZE;
