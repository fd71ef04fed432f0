import { useEffect } from 'react';

/** Gives each page its own title, as RGAA asks, and moves focus context for screen readers. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} — Boucle`;
  }, [title]);
}
