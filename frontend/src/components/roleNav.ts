import type { Me } from '../lib/session';

/** A main-menu entry that depends on the signed-in person's organisation and roles. */
export interface RoleNavEntry {
  to: string;
  key: string;
  end: boolean;
}

/** Framework agreements and orders (issue 6): the entries each role needs, in menu order. */
export function orderingNav(me: Me | null): RoleNavEntry[] {
  if (me === null) return [];
  const entries: RoleNavEntry[] = [];
  const has = (role: string) => me.roles.includes(role);
  if (me.organisationKind === 'BUYER') {
    if (has('REQUESTER')) entries.push({ to: '/panier', key: 'ordering.nav.cart', end: false });
    if (has('APPROVER')) entries.push({ to: '/approbations', key: 'ordering.nav.approvals', end: false });
    entries.push({ to: '/commandes', key: 'ordering.nav.orders', end: false });
    entries.push({ to: '/accords-cadres', key: 'ordering.nav.agreements', end: false });
  } else if (me.organisationKind === 'SUPPLIER') {
    entries.push({ to: '/commandes', key: 'ordering.nav.supplierOrders', end: false });
    entries.push({ to: '/accords-cadres', key: 'ordering.nav.agreements', end: false });
  }
  return entries;
}

/** Invoices and payment (issue 15): the supplier's invoices, the buyer's invoices to pay. */
export function invoicingNav(me: Me | null): RoleNavEntry[] {
  if (me?.organisationKind === 'SUPPLIER') return [{ to: '/factures', key: 'invoicing.nav.supplier', end: false }];
  if (me?.organisationKind === 'BUYER') return [{ to: '/factures', key: 'invoicing.nav.buyer', end: false }];
  return [];
}

/** Dashboards (issue 16): the buyer's purchasing dashboard, the supplier's sales. */
export function reportingNav(me: Me | null): RoleNavEntry[] {
  if (me?.organisationKind === 'BUYER') return [{ to: '/tableau-de-bord', key: 'reporting.nav.buyer', end: false }];
  if (me?.organisationKind === 'SUPPLIER') return [{ to: '/ventes', key: 'reporting.nav.supplier', end: false }];
  return [];
}

/** The needs board (issue 17): buyers publish needs, suppliers answer them. */
export function needsNav(me: Me | null): RoleNavEntry[] {
  if (me?.organisationKind === 'BUYER' || me?.organisationKind === 'SUPPLIER') return [{ to: '/besoins', key: 'needs.nav', end: false }];
  return [];
}
