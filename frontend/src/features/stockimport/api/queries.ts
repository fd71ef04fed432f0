import { useQuery } from '@tanstack/react-query';
import { fetchErrors, fetchImport } from './imports';

export const importKeys = {
  job: (id: string) => ['imports', id] as const,
  errors: (id: string) => ['imports', id, 'errors'] as const,
};

/** A running import, read every second until it stops running (null: nothing to follow). */
export function useImportProgress(id: string | null) {
  return useQuery({
    queryKey: importKeys.job(id ?? ''),
    queryFn: () => fetchImport(id ?? ''),
    enabled: id !== null,
    refetchInterval: (query) => (query.state.data?.status === 'RUNNING' || query.state.data === undefined ? 1000 : false),
    // A failed read is retried by the next tick, as the progress bar keeps its last known state.
    retry: true,
    retryDelay: 1000,
  });
}

/** The rejected lines of a finished import (null: none to show). */
export function useImportErrors(id: string | null) {
  return useQuery({ queryKey: importKeys.errors(id ?? ''), queryFn: () => fetchErrors(id ?? ''), enabled: id !== null });
}
