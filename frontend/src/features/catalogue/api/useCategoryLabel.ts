import { findCategory, useCategoriesOrFallback } from '../../../lib/categories';

/** The label of a taxonomy category in the interface language; its id until it is known. */
export function useCategoryLabel(id: string | null, language: string): string | null {
  const tree = useCategoriesOrFallback(language);
  if (id === null) return null;
  return (tree === null ? null : findCategory(tree, id)?.label) ?? id;
}
