-- Needs-matching benchmark (issue 17): :needs open needs spread over every buyer of the demo, its
-- services and the categories that have listings on sale, as buyers would publish them.
--   visibility: 70 % all suppliers, 20 % the service's département, 10 % insertion structures;
--   kind: quotes and sourcing (call-offs need a lot covering the categories: the demo has some,
--   generated needs stay clear of that rule); one category, one in five a second one;
--   closing dates spread over the next 60 days, authors the buyer's admins and requesters.
-- Deterministic for a given demo (setseed).
SELECT setseed(0.17);

CREATE TEMP TABLE bench_service AS
SELECT row_number() OVER (ORDER BY s.id) AS n, s.id, s.organisation_id, s.department,
       (SELECT p.id FROM person p JOIN person_role r ON r.person_id = p.id
         WHERE p.organisation_id = s.organisation_id AND r.role IN ('BUYER_ADMIN', 'REQUESTER')
         ORDER BY p.id LIMIT 1) AS author_id
FROM buyer_service s;
DELETE FROM bench_service WHERE author_id IS NULL;

CREATE TEMP TABLE bench_category AS
SELECT row_number() OVER (ORDER BY category_id) AS n, category_id, title
FROM (SELECT l.category_id, min(l.title) AS title FROM listing l
      WHERE l.status = 'PUBLISHED' GROUP BY l.category_id) c;

CREATE TEMP TABLE bench_need AS
SELECT gen_random_uuid() AS id, i,
       1 + floor(random() * (SELECT count(*) FROM bench_service))::int AS service_n,
       1 + floor(random() * (SELECT count(*) FROM bench_category))::int AS category_n,
       1 + floor(random() * (SELECT count(*) FROM bench_category))::int AS second_n,
       random() AS vis, random() AS kind, random() AS two
FROM generate_series(1, :needs) AS i;

INSERT INTO need (id, buyer_id, service_id, author_id, department, title, description, quantity,
                  target_date, closing_date, budget_min_cents, budget_max_cents, kind, lot_id,
                  visibility, created_at, updated_at)
SELECT n.id, s.organisation_id, s.id, s.author_id, s.department,
       left('Besoin ' || n.i || ' : ' || c.title, 160),
       'Besoin généré pour la mesure de la mise en relation.', 1 + (n.i % 40),
       current_date + 45 + (n.i % 30), current_date + 1 + (n.i % 60),
       NULL, 10000 * (1 + n.i % 500),
       CASE WHEN n.kind < 0.6 THEN 'QUOTE' ELSE 'SOURCING' END, NULL,
       CASE WHEN n.vis < 0.7 THEN 'ALL_SUPPLIERS' WHEN n.vis < 0.9 THEN 'DEPARTMENT' ELSE 'INSERTION_ONLY' END,
       now() - make_interval(mins => n.i), now() - make_interval(mins => n.i)
FROM bench_need n JOIN bench_service s ON s.n = n.service_n JOIN bench_category c ON c.n = n.category_n;

INSERT INTO need_category (need_id, category_id)
SELECT n.id, c.category_id FROM bench_need n JOIN bench_category c ON c.n = n.category_n
UNION
SELECT n.id, c.category_id FROM bench_need n JOIN bench_category c ON c.n = n.second_n WHERE n.two < 0.2;

ANALYZE need;
ANALYZE need_category;
