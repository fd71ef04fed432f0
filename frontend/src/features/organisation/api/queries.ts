import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { fetchApiTokens, fetchAudit, fetchInvitations, fetchMembers, fetchOrganisation, fetchSites, type SiteKind } from './organisation';

/** Query keys of the organisation feature. */
export const organisationKeys = {
  all: ['organisation'] as const,
  profile: ['organisation', 'profile'] as const,
  sites: (kind: SiteKind) => ['organisation', 'sites', kind] as const,
  members: ['organisation', 'members'] as const,
  invitations: ['organisation', 'invitations'] as const,
  tokens: ['organisation', 'tokens'] as const,
  audit: (page: number, size: number) => ['organisation', 'audit', page, size] as const,
};

export function useOrganisation() {
  return useQuery({ queryKey: organisationKeys.profile, queryFn: fetchOrganisation });
}

export function useSites(kind: SiteKind) {
  return useQuery({ queryKey: organisationKeys.sites(kind), queryFn: () => fetchSites(kind) });
}

export function useMembers() {
  return useQuery({ queryKey: organisationKeys.members, queryFn: fetchMembers });
}

export function useInvitations() {
  return useQuery({ queryKey: organisationKeys.invitations, queryFn: fetchInvitations });
}

export function useApiTokens() {
  return useQuery({ queryKey: organisationKeys.tokens, queryFn: fetchApiTokens });
}

/** One page (from 0) of the audit trail; the previous page stays on screen while the next loads. */
export function useAudit(page: number, size: number) {
  return useQuery({ queryKey: organisationKeys.audit(page, size), queryFn: () => fetchAudit(page, size), placeholderData: keepPreviousData });
}
