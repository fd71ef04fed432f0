import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router-dom';

/**
 * After a move to another page of the app, puts the keyboard focus on the new page's heading (or on
 * <main>), as a page load would put it at the top: a keyboard or screen-reader user starts reading
 * the new content instead of staying on a link that no longer exists (RGAA 12.8, 7.1). A page that
 * already focused something of its own (an alert, an error summary) keeps it.
 */
export function useRouteFocus(): void {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    let observer: MutationObserver | null = null;
    const focusHeading = (main: HTMLElement): boolean => {
      const heading = main.querySelector<HTMLElement>('h1');
      if (heading === null) return false;
      if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
      heading.focus();
      return true;
    };
    const timer = window.setTimeout(() => {
      const active = document.activeElement;
      const main = document.getElementById('content');
      if (main === null) return;
      const focusedInPage = active !== null && active !== document.body && active.isConnected && main.contains(active);
      if (focusedInPage) return;
      if (focusHeading(main)) return;
      // The page is still loading: <main> meanwhile, its heading as soon as it shows.
      main.focus();
      observer = new MutationObserver(() => {
        if (document.activeElement !== main) {
          observer?.disconnect();
        } else if (focusHeading(main)) {
          observer?.disconnect();
        }
      });
      observer.observe(main, { childList: true, subtree: true });
    }, 0);
    const stop = window.setTimeout(() => observer?.disconnect(), 5000);
    return () => {
      window.clearTimeout(timer);
      window.clearTimeout(stop);
      observer?.disconnect();
    };
  }, [pathname]);
}
