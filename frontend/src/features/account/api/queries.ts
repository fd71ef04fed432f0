import { useQuery } from '@tanstack/react-query';
import { fetchDemoAccounts, fetchInvitation, fetchProviders, type DemoAccount, type Provider } from './auth';

/** Query keys of the account feature. */
export const accountKeys = {
  invitation: (token: string) => ['account', 'invitation', token] as const,
  providers: ['account', 'providers'] as const,
  demoAccounts: ['account', 'demo-accounts'] as const,
};

/** The invitation behind a link, as the invited person opens it. */
export function useInvitation(token: string) {
  return useQuery({ queryKey: accountKeys.invitation(token), queryFn: () => fetchInvitation(token) });
}

const NO_PROVIDERS: Provider[] = [];
const NO_DEMO_ACCOUNTS: DemoAccount[] = [];

/** The identity providers offered at sign-in; none while loading or when they cannot be read. */
export function useProviders(): Provider[] {
  return useQuery({ queryKey: accountKeys.providers, queryFn: fetchProviders }).data ?? NO_PROVIDERS;
}

/** The demo accounts (none outside demo mode). */
export function useDemoAccounts(): DemoAccount[] {
  return useQuery({ queryKey: accountKeys.demoAccounts, queryFn: fetchDemoAccounts }).data ?? NO_DEMO_ACCOUNTS;
}
