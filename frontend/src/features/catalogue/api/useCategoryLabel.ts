import { useEffect, useState } from 'react';
import { fallbackCategories, fetchCategories, findCategory } from '../../../lib/categories';

/** The label of a taxonomy category in the interface language; its id until it is known. */
export function useCategoryLabel(id: string | null, language: string): string | null {
  const [found, setFound] = useState<{ key: string; label: string } | null>(null);
  const key = `${language}:${id ?? ''}`;

  useEffect(() => {
    if (id === null) return;
    const controller = new AbortController();
    fetchCategories(language, controller.signal)
      .catch(() => fallbackCategories(language))
      .then((tree) => {
        const node = findCategory(tree, id);
        if (node !== null && !controller.signal.aborted) setFound({ key: `${language}:${id}`, label: node.label });
      })
      .catch(() => undefined);
    return () => {
      controller.abort();
    };
  }, [id, language]);

  if (id === null) return null;
  return found?.key === key ? found.label : id;
}
