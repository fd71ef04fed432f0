import { useCallback } from 'react';
import { useSearchParams } from 'react-router-dom';

/** A change to the list's address: a value sets, an array repeats, null or '' removes. */
export type ListParamChanges = Record<string, string | readonly string[] | null>;

/**
 * A list's view (filters, sort, page) kept in the address, so each view can be shared and the back
 * button works. Any change but the page's goes back to the first page.
 */
export function useListParams() {
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);
  const update = useCallback(
    (changes: ListParamChanges) => {
      setParams((previous) => {
        const next = new URLSearchParams(previous);
        for (const [key, value] of Object.entries(changes)) {
          next.delete(key);
          if (typeof value === 'string') {
            if (value !== '') next.set(key, value);
          } else if (value !== null) {
            for (const v of value) next.append(key, v);
          }
        }
        if (!('page' in changes)) next.delete('page');
        return next;
      });
    },
    [setParams],
  );
  const clear = useCallback(() => {
    setParams(new URLSearchParams());
  }, [setParams]);
  return { params, page, update, clear };
}
