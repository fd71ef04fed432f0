import { useQuery } from '@tanstack/react-query';
import { fetchHealth } from './health';

/** Query keys of the status page. */
export const statusKeys = {
  health: (detailed: boolean, check: number) => ['status', 'health', detailed, check] as const,
};

/** The application's health; each new `check` asks again, showing "loading" until it answers. */
export function useHealth(detailed: boolean, check: number) {
  return useQuery({ queryKey: statusKeys.health(detailed, check), queryFn: ({ signal }) => fetchHealth(signal, detailed) });
}
