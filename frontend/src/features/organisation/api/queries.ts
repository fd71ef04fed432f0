import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  createApiToken,
  createInvitation,
  createSite,
  deleteSite,
  fetchApiTokens,
  fetchAudit,
  fetchInvitations,
  fetchMembers,
  fetchOrganisation,
  fetchSites,
  revokeApiToken,
  revokeInvitation,
  setMemberActive,
  updateMemberRoles,
  updateSite,
  type SiteInput,
  type SiteKind,
} from './organisation';

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

export function useSites(kind: SiteKind, enabled = true) {
  return useQuery({ queryKey: organisationKeys.sites(kind), queryFn: () => fetchSites(kind), enabled });
}

export function useMembers() {
  return useQuery({ queryKey: organisationKeys.members, queryFn: fetchMembers });
}

/** The invitations sent to join the organisation (only an administrator may read them). */
export function useInvitations(enabled = true) {
  return useQuery({ queryKey: organisationKeys.invitations, queryFn: fetchInvitations, enabled });
}

export function useApiTokens() {
  return useQuery({ queryKey: organisationKeys.tokens, queryFn: fetchApiTokens });
}

/** One page (from 0) of the audit trail; the previous page stays on screen while the next loads. */
export function useAudit(page: number, size: number) {
  return useQuery({ queryKey: organisationKeys.audit(page, size), queryFn: () => fetchAudit(page, size), placeholderData: keepPreviousData });
}

/** Adds a site (id null) or changes one; the sites of that kind reload. */
export function useSaveSite(kind: SiteKind) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string | null; input: SiteInput }) => (id === null ? createSite(kind, input) : updateSite(kind, id, input)),
    onSuccess: () => client.invalidateQueries({ queryKey: organisationKeys.sites(kind) }),
  });
}

export function useDeleteSite(kind: SiteKind) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => deleteSite(kind, id),
    onSuccess: () => client.invalidateQueries({ queryKey: organisationKeys.sites(kind) }),
  });
}

/** Reloads the members and the invitations, after any change to who belongs to the organisation. */
function useRefreshMembers() {
  const client = useQueryClient();
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: organisationKeys.members }),
      client.invalidateQueries({ queryKey: organisationKeys.invitations }),
    ]);
}

export function useSetMemberActive() {
  const refresh = useRefreshMembers();
  return useMutation({ mutationFn: ({ id, active }: { id: string; active: boolean }) => setMemberActive(id, active), onSuccess: refresh });
}

export function useUpdateMemberRoles() {
  const refresh = useRefreshMembers();
  return useMutation({
    mutationFn: ({ id, roles, serviceIds }: { id: string; roles: string[]; serviceIds: string[] }) => updateMemberRoles(id, roles, serviceIds),
    onSuccess: refresh,
  });
}

export function useCreateInvitation() {
  const refresh = useRefreshMembers();
  return useMutation({
    mutationFn: ({ email, roles, serviceIds }: { email: string; roles: string[]; serviceIds: string[] }) => createInvitation(email, roles, serviceIds),
    onSuccess: refresh,
  });
}

export function useRevokeInvitation() {
  const refresh = useRefreshMembers();
  return useMutation({ mutationFn: (id: string) => revokeInvitation(id), onSuccess: refresh });
}

export function useCreateApiToken() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ name, scopes }: { name: string; scopes: string[] }) => createApiToken(name, scopes),
    onSuccess: () => client.invalidateQueries({ queryKey: organisationKeys.tokens }),
  });
}

export function useRevokeApiToken() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => revokeApiToken(id),
    onSuccess: () => client.invalidateQueries({ queryKey: organisationKeys.tokens }),
  });
}
