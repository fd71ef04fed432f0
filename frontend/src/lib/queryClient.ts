import { QueryClient } from '@tanstack/react-query';

/**
 * The cache behind every query hook. A failure shows at once, as before the cache: the API answers
 * typed problems a retry would not change, and a 401 already signs the person out. Opening a page
 * again reads the server again; a mutation invalidates what it changed.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
}
