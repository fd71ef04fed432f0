import { describe, expect, it } from 'vitest';
import { landingPath, safeReturnPath, type Me, type OrganisationKind, type OrganisationStatus } from './session';

function person(kind: OrganisationKind, roles: string[], status: OrganisationStatus = 'ACTIVE'): Me {
  return {
    personId: 'p1',
    email: 'agent@example.fr',
    fullName: 'Camille Martin',
    roles,
    serviceIds: [],
    organisationId: 'o1',
    organisationName: 'Commune de Montreuil',
    organisationKind: kind,
    organisationStatus: status,
  };
}

describe('landingPath', () => {
  it('sends an operator to the validation queue', () => {
    expect(landingPath(person('OPERATOR', ['OPERATOR']))).toBe('/operateur');
  });

  it('sends supplier administrators and staff to the orders waiting for them', () => {
    expect(landingPath(person('SUPPLIER', ['SUPPLIER_ADMIN']))).toBe('/commandes?aTraiter=1');
    expect(landingPath(person('SUPPLIER', ['SUPPLIER_STAFF']))).toBe('/commandes?aTraiter=1');
    expect(landingPath(person('SUPPLIER', ['SUPPLIER_ADMIN', 'SUPPLIER_STAFF']))).toBe('/commandes?aTraiter=1');
  });

  it('sends a buyer administrator to the framework agreements, whatever their other roles', () => {
    expect(landingPath(person('BUYER', ['BUYER_ADMIN']))).toBe('/accords-cadres');
    expect(landingPath(person('BUYER', ['BUYER_ADMIN', 'APPROVER']))).toBe('/accords-cadres');
    expect(landingPath(person('BUYER', ['REQUESTER', 'APPROVER', 'BUYER_ADMIN']))).toBe('/accords-cadres');
  });

  it('sends an approver to the orders waiting for approval, even when they also order', () => {
    expect(landingPath(person('BUYER', ['APPROVER']))).toBe('/approbations');
    expect(landingPath(person('BUYER', ['REQUESTER', 'APPROVER']))).toBe('/approbations');
  });

  it('sends a requester to the catalogue', () => {
    expect(landingPath(person('BUYER', ['REQUESTER']))).toBe('/catalogue');
  });

  it('sends anyone else to their organisation', () => {
    expect(landingPath(person('BUYER', []))).toBe('/organisation');
    expect(landingPath(person('BUYER', ['SOME_FUTURE_ROLE']))).toBe('/organisation');
  });

  it('sends the people of an organisation awaiting validation or suspended to their organisation, which says why', () => {
    expect(landingPath(person('SUPPLIER', ['SUPPLIER_ADMIN'], 'PENDING'))).toBe('/organisation');
    expect(landingPath(person('BUYER', ['REQUESTER'], 'SUSPENDED'))).toBe('/organisation');
  });

  it('lets a return path win over the landing page, but only a local one', () => {
    const me = person('BUYER', ['REQUESTER']);
    expect(safeReturnPath('/panier', landingPath(me))).toBe('/panier');
    expect(safeReturnPath(null, landingPath(me))).toBe('/catalogue');
    expect(safeReturnPath('//evil.example', landingPath(me))).toBe('/catalogue');
  });
});
