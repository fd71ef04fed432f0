import { useMutation, useQuery } from '@tanstack/react-query';
import { apiFetch, jsonBody } from '../../../lib/api';
import type { Me } from '../../../lib/session';

/** Where the signed-in person's copy of their data is downloaded (JSON) and read (HTML). */
export const PERSONAL_DATA_JSON = '/api/me/personal-data';
export function personalDataSummaryUrl(language: string): string {
  return `/api/me/personal-data/summary?lang=${language === 'en' ? 'en' : 'fr'}`;
}

/** The person's correction of their name and address. */
export interface DetailsCorrection {
  fullName: string;
  email: string;
}

export function correctDetails(correction: DetailsCorrection): Promise<Me> {
  return apiFetch<Me>('/api/me/details', jsonBody('PUT', correction));
}

export function eraseAccount(): Promise<void> {
  return apiFetch<undefined>('/api/me', { method: 'DELETE' });
}

/** Corrects the person's details; answers the person as they now are. */
export function useCorrectDetails() {
  return useMutation({ mutationFn: correctDetails });
}

/** Erases the person's account. */
export function useEraseAccount() {
  return useMutation({ mutationFn: eraseAccount });
}

/** The legal notice, data protection contact and retention periods the operator configured. */
export interface LegalInformation {
  publisher: { name: string; address: string; email: string; phone: string; registration: string };
  director: string;
  host: { name: string; address: string; phone: string };
  dataProtection: { contact: string; email: string; address: string };
  retention: RetentionPeriod[];
}

/** One kind of data, how long it is kept (seconds) and the job that enforces it (null: legal period). */
export interface RetentionPeriod {
  key: string;
  seconds: number;
  job: string | null;
}

export const privacyKeys = {
  legal: ['privacy', 'legal'] as const,
};

export function fetchLegal(): Promise<LegalInformation> {
  return apiFetch<LegalInformation>('/api/legal');
}

/** The operator's legal information, public. */
export function useLegal() {
  return useQuery({ queryKey: privacyKeys.legal, queryFn: fetchLegal, staleTime: 5 * 60_000 });
}
