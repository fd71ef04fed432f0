import { useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api';

export interface AccessibilityContact {
  email: string;
}

/** The declaration's feedback address, from the server's configuration. */
export function useAccessibilityContact() {
  return useQuery({
    queryKey: ['accessibility', 'contact'],
    queryFn: () => apiFetch<AccessibilityContact>('/api/accessibility/contact'),
    staleTime: Infinity,
  });
}
