import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

/** The footer's links to the legal pages (issue 19): legal notice, personal data, cookies. */
export function LegalFooterLinks() {
  const { t } = useTranslation();
  return (
    <>
      <li className="fr-footer__bottom-item">
        <Link className="fr-footer__bottom-link" to="/mentions-legales">
          {t('privacy.footer.legalNotice')}
        </Link>
      </li>
      <li className="fr-footer__bottom-item">
        <Link className="fr-footer__bottom-link" to="/donnees-personnelles">
          {t('privacy.footer.personalData')}
        </Link>
      </li>
      <li className="fr-footer__bottom-item">
        <Link className="fr-footer__bottom-link" to="/cookies">
          {t('privacy.footer.cookies')}
        </Link>
      </li>
    </>
  );
}
