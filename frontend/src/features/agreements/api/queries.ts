import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { fetchAgreement, fetchAgreements, fetchSpend } from './agreements';

export interface AgreementQuery {
  status: string;
  q: string;
  page: number;
  size: number;
  sort: string;
}

/** Query keys of the agreements feature; a change to an agreement invalidates `agreementKeys.all`. */
export const agreementKeys = {
  all: ['agreements'] as const,
  list: (query: AgreementQuery) => ['agreements', 'list', query] as const,
  detail: (id: string) => ['agreements', 'detail', id] as const,
  spend: (id: string) => ['agreements', 'spend', id] as const,
};

/** One page of the agreements the person may see; the previous page stays on screen while the next loads. */
export function useAgreements(query: AgreementQuery) {
  return useQuery({ queryKey: agreementKeys.list(query), queryFn: () => fetchAgreements(query), placeholderData: keepPreviousData });
}

export function useAgreement(id: string | undefined) {
  return useQuery({ queryKey: agreementKeys.detail(id ?? ''), queryFn: () => fetchAgreement(id ?? ''), enabled: id !== undefined });
}

export function useSpend(id: string, enabled: boolean) {
  return useQuery({ queryKey: agreementKeys.spend(id), queryFn: () => fetchSpend(id), enabled });
}
