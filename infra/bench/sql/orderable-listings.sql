-- The demo requester's orderable listings, in table bench_listing (id, quantity, service_id): every
-- in-scope, published lot of a supplier awarded to the requester's buyer, with its minimum order
-- quantity and a service of the requester. Used by infra/bench/orders.sh and fault-injection.sh.
DROP TABLE IF EXISTS bench_listing;
CREATE TABLE bench_listing AS
SELECT DISTINCT li.id, li.minimum_order_quantity AS quantity, ps.service_id
FROM person p
JOIN person_service ps ON ps.person_id = p.id
JOIN framework_agreement a ON a.buyer_id = p.organisation_id AND a.status = 'ACTIVE'
JOIN agreement_lot l ON l.agreement_id = a.id
JOIN lot_supplier s ON s.lot_id = l.id
JOIN lot_category c ON c.lot_id = l.id
JOIN category cat ON cat.id = c.category_id OR cat.parent_id = c.category_id
JOIN listing li ON li.supplier_id = s.supplier_id AND li.category_id = cat.id AND li.status = 'PUBLISHED'
  AND li.kind = 'LOT' -- a unique item is one unit (a database check): only lots get bench stock
WHERE p.email = 'demandeur@boucle.demo'
  AND (l.price_terms = 'CATALOGUE_DISCOUNT'
       OR EXISTS (SELECT 1 FROM lot_unit_price u WHERE u.lot_id = l.id AND u.category_id = li.category_id));
