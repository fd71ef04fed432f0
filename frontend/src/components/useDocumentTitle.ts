import { useLayoutEffect } from 'react';

/**
 * Gives each page its own title, as RGAA asks, and moves focus context for screen readers. Set in
 * the same commit as the page's content (a layout effect), so the title never lags behind what is
 * shown, even for a moment under load.
 */
export function useDocumentTitle(title: string): void {
  useLayoutEffect(() => {
    document.title = `${title} — Boucle`;
  }, [title]);
}
