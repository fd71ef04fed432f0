import { apiFetch } from '../../../lib/api';
import type { OrganisationKind, OrganisationStatus } from '../../../lib/session';

export interface OperatorOrganisation {
  id: string;
  kind: OrganisationKind;
  legalName: string;
  siret: string;
  legalForm: string | null;
  insertionStatus: string | null;
  insertionProofReference: string | null;
  insertionValidUntil: string | null;
  /** The proof changed since the operator checked it: reserved lots wait for the review. */
  insertionProofReviewPending: boolean;
  publicBodyType: string | null;
  status: OrganisationStatus;
  createdAt: string;
}

export function fetchOrganisations(status: OrganisationStatus): Promise<OperatorOrganisation[]> {
  return apiFetch<OperatorOrganisation[]>(`/api/operator/organisations?status=${status}`);
}

export function fetchProofsToReview(): Promise<OperatorOrganisation[]> {
  return apiFetch<OperatorOrganisation[]>('/api/operator/organisations/insertion-reviews');
}

export function approveProof(id: string): Promise<unknown> {
  return apiFetch<unknown>(`/api/operator/organisations/${encodeURIComponent(id)}/insertion-review`, { method: 'POST' });
}

export function validateOrganisation(id: string): Promise<unknown> {
  return apiFetch<unknown>(`/api/operator/organisations/${encodeURIComponent(id)}/validate`, { method: 'POST' });
}

export function suspendOrganisation(id: string): Promise<unknown> {
  return apiFetch<unknown>(`/api/operator/organisations/${encodeURIComponent(id)}/suspend`, { method: 'POST' });
}
