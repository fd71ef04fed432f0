import { apiFetch } from '../../../lib/api';

/** A node of the reuse taxonomy, as served by GET /api/categories. */
export interface CategoryNode {
  id: string;
  label: string;
  agecCategory?: string;
  cpvCode?: string;
  children: CategoryNode[];
}

export function fetchCategories(language: string, signal?: AbortSignal): Promise<CategoryNode[]> {
  return apiFetch<CategoryNode[]>(`/api/categories?lang=${language === 'en' ? 'en' : 'fr'}`, signal ? { signal } : {});
}
