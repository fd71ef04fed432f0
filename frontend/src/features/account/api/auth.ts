import { apiFetch, jsonBody } from '../../../lib/api';
import type { Me } from '../../../lib/session';

export interface Provider {
  id: string;
  label: string;
  loginUrl: string;
}

export interface DemoAccount {
  email: string;
  password: string;
  who: string;
}

export type OrganisationKind = 'SUPPLIER' | 'BUYER';

export const INSERTION_STATUSES = ['SIAE_EI', 'SIAE_ACI', 'SIAE_AI', 'SIAE_ETTI', 'EA', 'ESAT', 'ESS', 'OTHER'] as const;
export const PUBLIC_BODY_TYPES = ['COMMUNE', 'EPCI', 'DEPARTEMENT', 'REGION', 'HOSPITAL', 'STATE_SERVICE', 'OTHER'] as const;
/** Insertion statuses that need no proof document. */
export const PROOF_OPTIONAL = ['ESS', 'OTHER'];

export interface SignupRequest {
  organisation: {
    kind: OrganisationKind;
    legalName: string;
    siret: string;
    legalForm?: string;
    insertionStatus?: string;
    insertionProofReference?: string;
    insertionValidUntil?: string;
    publicBodyType?: string;
  };
  admin: { fullName: string; email: string; password: string };
}

export interface InvitationView {
  organisationName: string;
  email: string;
  roles: string[];
}

export function signIn(email: string, password: string): Promise<Me> {
  return apiFetch<Me>('/api/auth/login', jsonBody('POST', { email, password }));
}

export function fetchProviders(): Promise<Provider[]> {
  return apiFetch<Provider[]>('/api/auth/providers');
}

/** Demo accounts, or an empty list outside demo mode (the API answers 404). */
export async function fetchDemoAccounts(): Promise<DemoAccount[]> {
  try {
    return await apiFetch<DemoAccount[]>('/api/demo/accounts');
  } catch {
    return [];
  }
}

export function requestPasswordReset(email: string): Promise<void> {
  return apiFetch<undefined>('/api/auth/password-reset', jsonBody('POST', { email }));
}

export function confirmPasswordReset(token: string, password: string): Promise<void> {
  return apiFetch<undefined>('/api/auth/password-reset/confirm', jsonBody('POST', { token, password }));
}

export function signUp(request: SignupRequest): Promise<{ organisationId: string }> {
  return apiFetch<{ organisationId: string }>('/api/signup', jsonBody('POST', request));
}

export function fetchInvitation(token: string): Promise<InvitationView> {
  return apiFetch<InvitationView>(`/api/invitations/${encodeURIComponent(token)}`);
}

export function acceptInvitation(token: string, fullName: string, password: string): Promise<void> {
  return apiFetch<undefined>(`/api/invitations/${encodeURIComponent(token)}/accept`, jsonBody('POST', { fullName, password }));
}
