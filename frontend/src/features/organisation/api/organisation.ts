import { apiFetch, jsonBody } from '../../../lib/api';
import type { OrganisationKind, OrganisationStatus } from '../../../lib/session';
import type { Page } from '../../../lib/page';

export interface Organisation {
  id: string;
  kind: OrganisationKind;
  legalName: string;
  siret: string;
  legalForm: string | null;
  insertionStatus: string | null;
  insertionProofReference: string | null;
  insertionValidUntil: string | null;
  publicBodyType: string | null;
  status: OrganisationStatus;
  description: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  purchasingDepartment: string | null;
  departmentsServed: string[];
  createdAt: string;
}

export interface OrganisationUpdate {
  legalForm: string | null;
  description: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  purchasingDepartment: string | null;
  departmentsServed: string[];
  insertionProofReference: string | null;
  insertionValidUntil: string | null;
}

/** A supplier's depot or a buyer's service. */
export interface Site {
  id: string;
  name: string;
  street: string | null;
  postcode: string | null;
  city: string | null;
  department: string | null;
  latitude: number | null;
  longitude: number | null;
  chorusServiceCode?: string | null;
  /** Integer euro cents, excluding VAT. */
  approvalThresholdCents?: number | null;
}

export type SiteInput = Omit<Site, 'id'>;
export type SiteKind = 'depots' | 'services';

export interface Member {
  id: string;
  email: string;
  fullName: string;
  active: boolean;
  roles: string[];
  serviceIds: string[];
}

export interface Invitation {
  id: string;
  email: string;
  roles: string[];
  createdAt: string;
  expiresAt: string;
  state: 'PENDING' | 'ACCEPTED' | 'REVOKED' | 'EXPIRED';
}

export interface ApiToken {
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export interface AuditEntry {
  id: string;
  actor: string | null;
  action: string;
  objectType: string | null;
  objectId: string | null;
  details: unknown;
  occurredAt: string;
}

export type AuditPage = Page<AuditEntry>;

const BASE = '/api/organisation';

export const fetchOrganisation = (): Promise<Organisation> => apiFetch<Organisation>(BASE);
export const updateOrganisation = (update: OrganisationUpdate): Promise<Organisation> =>
  apiFetch<Organisation>(BASE, jsonBody('PUT', update));

export const fetchSites = (kind: SiteKind): Promise<Site[]> => apiFetch<Site[]>(`${BASE}/${kind}`);
export const createSite = (kind: SiteKind, site: SiteInput): Promise<Site> => apiFetch<Site>(`${BASE}/${kind}`, jsonBody('POST', site));
export const updateSite = (kind: SiteKind, id: string, site: SiteInput): Promise<Site> =>
  apiFetch<Site>(`${BASE}/${kind}/${encodeURIComponent(id)}`, jsonBody('PUT', site));
export const deleteSite = (kind: SiteKind, id: string): Promise<void> =>
  apiFetch<undefined>(`${BASE}/${kind}/${encodeURIComponent(id)}`, { method: 'DELETE' });

export const fetchMembers = (): Promise<Member[]> => apiFetch<Member[]>(`${BASE}/members`);
export const updateMemberRoles = (id: string, roles: string[], serviceIds: string[]): Promise<unknown> =>
  apiFetch<unknown>(`${BASE}/members/${encodeURIComponent(id)}/roles`, jsonBody('PUT', { roles, serviceIds }));
export const setMemberActive = (id: string, active: boolean): Promise<unknown> =>
  apiFetch<unknown>(`${BASE}/members/${encodeURIComponent(id)}/${active ? 'reactivate' : 'deactivate'}`, { method: 'POST' });

export const fetchInvitations = (): Promise<Invitation[]> => apiFetch<Invitation[]>(`${BASE}/invitations`);
export const createInvitation = (email: string, roles: string[], serviceIds: string[]): Promise<unknown> =>
  apiFetch<unknown>(`${BASE}/invitations`, jsonBody('POST', { email, roles, serviceIds }));
export const revokeInvitation = (id: string): Promise<void> =>
  apiFetch<undefined>(`${BASE}/invitations/${encodeURIComponent(id)}`, { method: 'DELETE' });

export const fetchApiTokens = (): Promise<ApiToken[]> => apiFetch<ApiToken[]>(`${BASE}/api-tokens`);
export const createApiToken = (name: string, scopes: string[]): Promise<{ token: ApiToken; secret: string }> =>
  apiFetch<{ token: ApiToken; secret: string }>(`${BASE}/api-tokens`, jsonBody('POST', { name, scopes }));
export const revokeApiToken = (id: string): Promise<void> =>
  apiFetch<undefined>(`${BASE}/api-tokens/${encodeURIComponent(id)}`, { method: 'DELETE' });

export const fetchAudit = (page: number, size: number): Promise<AuditPage> =>
  apiFetch<AuditPage>(`${BASE}/audit?page=${String(page)}&size=${String(size)}`);

export const SUPPLIER_ROLES = ['SUPPLIER_ADMIN', 'SUPPLIER_STAFF'] as const;
export const BUYER_ROLES = ['BUYER_ADMIN', 'REQUESTER', 'APPROVER'] as const;
export const SERVICE_ROLES = ['REQUESTER', 'APPROVER'];
export const SUPPLIER_SCOPES = ['stock:read', 'stock:write', 'orders:read', 'invoices:read'] as const;
export const BUYER_SCOPES = ['catalogue:read', 'orders:read', 'spend:read', 'invoices:read'] as const;

export function rolesFor(kind: OrganisationKind): readonly string[] {
  if (kind === 'SUPPLIER') return SUPPLIER_ROLES;
  if (kind === 'BUYER') return BUYER_ROLES;
  return ['OPERATOR'];
}
