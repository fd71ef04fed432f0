import { useQuery } from '@tanstack/react-query';
import { apiFetch } from './api';

/** A node of the reuse taxonomy, as served by GET /api/categories. */
export interface CategoryNode {
  id: string;
  label: string;
  agecCategory?: string;
  cpvCode?: string;
  children: CategoryNode[];
}

/** The taxonomy in the interface language (French unless English is asked for). */
export function fetchCategories(language: string, signal?: AbortSignal): Promise<CategoryNode[]> {
  const lang = language.startsWith('en') ? 'en' : 'fr';
  return apiFetch<CategoryNode[]>(`/api/categories?lang=${lang}`, signal ? { signal } : {});
}

/** The taxonomy in the interface language, shared by every page that shows categories. */
export function useCategories(language: string) {
  const lang = language.startsWith('en') ? 'en' : 'fr';
  return useQuery({ queryKey: ['categories', lang], queryFn: ({ signal }) => fetchCategories(lang, signal) });
}

/** The taxonomy, or its top level alone while the API cannot be reached; null until known. */
export function useCategoriesOrFallback(language: string): CategoryNode[] | null {
  const categories = useCategories(language);
  if (categories.isError) return fallbackCategories(language);
  return categories.data ?? null;
}

/**
 * The taxonomy's top-level categories (same ids as V2__seed_reuse_taxonomy.sql), so the home page
 * still offers its entry points while the API cannot be reached.
 */
const TOP_LEVEL: readonly { id: string; fr: string; en: string }[] = [
  { id: 'gros-electromenager', fr: 'Gros électroménager', en: 'Large appliances' },
  { id: 'mobilier-bureau', fr: 'Mobilier de bureau', en: 'Office furniture' },
  { id: 'informatique', fr: 'Informatique et téléphonie', en: 'IT and telephony' },
  { id: 'jeux-jouets', fr: 'Jeux et jouets', en: 'Toys and games' },
  { id: 'textile', fr: 'Textile', en: 'Textiles' },
  { id: 'evenementiel', fr: 'Matériel événementiel', en: 'Event equipment' },
  { id: 'sport', fr: 'Sport', en: 'Sports' },
  { id: 'espaces-verts', fr: 'Espaces verts', en: 'Green spaces' },
];

export function fallbackCategories(language: string): CategoryNode[] {
  const english = language.startsWith('en');
  return TOP_LEVEL.map((c) => ({ id: c.id, label: english ? c.en : c.fr, children: [] }));
}

/** Finds a category anywhere in the tree. */
export function findCategory(tree: readonly CategoryNode[], id: string): CategoryNode | null {
  for (const node of tree) {
    if (node.id === id) return node;
    const found = findCategory(node.children, id);
    if (found !== null) return found;
  }
  return null;
}
