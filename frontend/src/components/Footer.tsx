import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { LegalFooterLinks } from './LegalFooterLinks';
import { conformityState } from '../lib/accessibilityAudit';

/** The State's sites that every DSFR footer links to. */
const GOVERNMENT_SITES = ['info.gouv.fr', 'service-public.fr', 'legifrance.gouv.fr', 'data.gouv.fr'] as const;

/** The DSFR footer. */
export function Footer() {
  const { t } = useTranslation();
  return (
    <footer className="fr-footer" role="contentinfo" id="footer">
      <div className="fr-container">
        <div className="fr-footer__body">
          <div className="fr-footer__brand fr-enlarge-link">
            <Link to="/" title={t('app.homeLink')}>
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
            </Link>
          </div>
          <div className="fr-footer__content">
            <p className="fr-footer__content-desc">{t('app.footerText')}</p>
            <ul className="fr-footer__content-list">
              {GOVERNMENT_SITES.map((site) => (
                <li className="fr-footer__content-item" key={site}>
                  <a
                    className="fr-footer__content-link"
                    href={`https://www.${site}`}
                    target="_blank"
                    rel="noopener noreferrer"
                    title={`${site} - ${t('footer.newWindow')}`}
                  >
                    {site}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        </div>
        <div className="fr-footer__bottom">
          <ul className="fr-footer__bottom-list" aria-label={t('app.footerLinks')}>
            <LegalFooterLinks />
            <li className="fr-footer__bottom-item">
              <a className="fr-footer__bottom-link" href="/api/docs">
                {t('app.apiDocs')}
              </a>
            </li>
            <li className="fr-footer__bottom-item">
              <Link className="fr-footer__bottom-link" to="/statut">
                {t('app.status')}
              </Link>
            </li>
            <li className="fr-footer__bottom-item">
              <Link className="fr-footer__bottom-link" to="/accessibilite" data-testid="footer-accessibility">
                {t('accessibility.footer', { state: t(`accessibility.state.${conformityState()}`) })}
              </Link>
            </li>
          </ul>
        </div>
      </div>
    </footer>
  );
}
