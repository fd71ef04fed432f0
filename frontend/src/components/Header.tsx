import { useTranslation } from 'react-i18next';
import { Link, NavLink, useNavigate } from 'react-router-dom';
import { changeLanguage, LANGUAGES, type Language } from '../lib/i18n';
import { saveLanguage, useSession } from '../lib/session';
import { NotificationBell } from './NotificationBell';
import { useMenuDialog } from './useMenuDialog';
import { invoicingNav, needsNav, orderingNav, reportingNav } from './roleNav';

const NAV = [
  { to: '/', key: 'nav.home', end: true },
  { to: '/catalogue', key: 'nav.catalogue', end: false },
  { to: '/statut', key: 'nav.status', end: false },
] as const;

/**
 * The DSFR header: Marianne block, service name, language switch and main navigation. Below the
 * DSFR breakpoint (992 px) the tools and the navigation fold into the "Menu" button's dialog, as the
 * DSFR's own header does (its CSS, our React for the opening, focus and Escape).
 */
export function Header() {
  const { t, i18n } = useTranslation();
  const current = i18n.language as Language;
  const { me, loading, signOut } = useSession();
  const navigate = useNavigate();
  const { open: menuOpen, show: showMenu, hide: hideMenu, openerRef, closeRef, panelRef, onKeyDown: onMenuKeyDown } = useMenuDialog();
  const nav: readonly { to: string; key: string; end: boolean }[] = [
    ...NAV,
    ...(me?.organisationKind === 'SUPPLIER' ? [{ to: '/stock', key: 'nav.myStock', end: false }] : []),
    ...orderingNav(me),
    ...invoicingNav(me),
    ...needsNav(me),
    ...reportingNav(me),
    ...(me?.roles.includes('OPERATOR') ? [{ to: '/operateur', key: 'nav.operator', end: false }] : []),
  ];

  function onSignOut() {
    void signOut()
      .catch(() => undefined)
      .then(() => navigate('/'));
  }

  const tools = (mobile: boolean) => (
    <>
      {!loading && (
        <ul className="fr-btns-group" {...(mobile ? {} : { 'data-testid': 'session-links' })}>
          {me === null ? (
            <>
              <li>
                <Link className="fr-btn fr-btn--sm" to="/connexion">
                  {t('nav.signIn')}
                </Link>
              </li>
              <li>
                <Link className="fr-btn fr-btn--sm" to="/inscription">
                  {t('nav.signUp')}
                </Link>
              </li>
            </>
          ) : (
            <>
              <li>
                <span
                  className="fr-btn fr-btn--sm fr-btn--tertiary-no-outline boucle-session-name"
                  {...(mobile ? {} : { 'data-testid': 'session-name' })}
                >
                  {me.fullName}
                </span>
              </li>
              <li>
                <Link className="fr-btn fr-btn--sm" to="/compte">
                  {t('privacy.account.nav')}
                </Link>
              </li>
              <li>
                <NotificationBell {...(mobile ? {} : { testId: 'notification-bell' })} />
              </li>
              <li>
                <Link className="fr-btn fr-btn--sm" to="/organisation">
                  {t('nav.myOrganisation')}
                </Link>
              </li>
              <li>
                <button type="button" className="fr-btn fr-btn--sm fr-btn--secondary" onClick={onSignOut}>
                  {t('nav.signOut')}
                </button>
              </li>
            </>
          )}
        </ul>
      )}
      <ul className="fr-btns-group" aria-label={t('app.languageSwitch')}>
        {LANGUAGES.map((language) => (
          <li key={language}>
            <button
              type="button"
              className="fr-btn fr-btn--tertiary-no-outline fr-btn--sm"
              lang={language}
              aria-pressed={current === language}
              onClick={() => {
                changeLanguage(language);
                // Signed in, the choice is the person's: the e-mails Boucle sends them follow it.
                if (me !== null) void saveLanguage(language).catch(() => undefined);
              }}
            >
              {language === 'fr' ? 'Français' : 'English'}
            </button>
          </li>
        ))}
      </ul>
    </>
  );

  return (
    <header role="banner" className="fr-header">
      <div className="fr-header__body">
        <div className="fr-container">
          <div className="fr-header__body-row">
            <div className="fr-header__brand fr-enlarge-link">
              <div className="fr-header__brand-top">
                <div className="fr-header__logo">
                  <p className="fr-logo">
                    {t('app.republic')
                      .split('\n')
                      .map((line, i) => (
                        <span key={line}>
                          {i > 0 && <br />}
                          {line}
                        </span>
                      ))}
                  </p>
                </div>
                <div className="fr-header__navbar">
                  <button
                    ref={openerRef}
                    type="button"
                    id="button-menu"
                    className="fr-btn--menu fr-btn"
                    aria-controls="modal-menu"
                    aria-expanded={menuOpen}
                    data-fr-opened={menuOpen}
                    title={t('app.menu')}
                    onClick={showMenu}
                  >
                    {t('app.menu')}
                  </button>
                </div>
              </div>
              <div className="fr-header__service">
                <Link to="/" title={t('app.homeLink')}>
                  <p className="fr-header__service-title">{t('app.name')}</p>
                </Link>
                <p className="fr-header__service-tagline">{t('app.tagline')}</p>
              </div>
            </div>
            <div className="fr-header__tools">
              <div className="fr-header__tools-links">{tools(false)}</div>
            </div>
          </div>
        </div>
      </div>
      <div
        ref={panelRef}
        id="modal-menu"
        className={`fr-header__menu fr-modal${menuOpen ? ' fr-modal--opened' : ''}`}
        {...(menuOpen ? { role: 'dialog', 'aria-modal': true, 'aria-labelledby': 'button-menu' } : {})}
        onKeyDown={onMenuKeyDown}
      >
        <div className="fr-container">
          {menuOpen && (
            <>
              <button ref={closeRef} type="button" className="fr-btn--close fr-btn" aria-controls="modal-menu" onClick={hideMenu}>
                {t('app.closeMenu')}
              </button>
              <div className="fr-header__menu-links">{tools(true)}</div>
            </>
          )}
          <nav className="fr-nav" id="navigation" role="navigation" aria-label={t('app.mainMenu')}>
            <ul className="fr-nav__list">
              {nav.map((item) => (
                <li className="fr-nav__item" key={item.to}>
                  <NavLink to={item.to} end={item.end} className="fr-nav__link">
                    {t(item.key)}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </div>
    </header>
  );
}
