import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router-dom';
import { SessionProvider } from '../lib/session';
import { Footer } from './Footer';
import { Header } from './Header';
import { SessionTimeout } from './SessionTimeout';
import { useRouteFocus } from './useRouteFocus';

/** Skip links, header, the routed page in <main>, footer; all share the session. */
export function Layout() {
  const { t } = useTranslation();
  useRouteFocus();
  return (
    <SessionProvider>
      <div className="fr-skiplinks">
        <nav className="fr-container" role="navigation" aria-label={t('app.skipLinks')}>
          <ul className="fr-skiplinks__list">
            <li>
              <a className="fr-link" href="#content">
                {t('app.skipToContent')}
              </a>
            </li>
            <li>
              <a className="fr-link" href="#footer">
                {t('app.skipToFooter')}
              </a>
            </li>
          </ul>
        </nav>
      </div>
      <Header />
      <main role="main" id="content" tabIndex={-1}>
        <Outlet />
      </main>
      <Footer />
      <SessionTimeout />
    </SessionProvider>
  );
}
