import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import { AUDIT, conformityRate, conformityState } from '../../../lib/accessibilityAudit';
import { formatDate } from '../../../lib/format';
import { useAccessibilityContact } from '../api/contact';

/** The pages of the audit's sample, as the declaration lists them. */
const PAGES = [
  ['home', '/'],
  ['catalogue', '/catalogue'],
  ['listing', '/catalogue/…'],
  ['signIn', '/connexion'],
  ['signUp', '/inscription'],
  ['status', '/statut'],
  ['cart', '/panier'],
  ['orders', '/commandes'],
  ['order', '/commandes/…'],
  ['approvals', '/approbations'],
  ['agreements', '/accords-cadres'],
  ['agreement', '/accords-cadres/…'],
  ['organisation', '/organisation'],
  ['dashboard', '/tableau-de-bord'],
  ['invoices', '/factures'],
  ['needs', '/besoins'],
  ['stock', '/stock'],
  ['stockImport', '/stock/import'],
  ['sales', '/ventes'],
  ['declaration', '/accessibilite'],
] as const;

const DEFENSEUR_FORM = 'https://formulaire.defenseurdesdroits.fr/';
const DEFENSEUR_DELEGATES = 'https://www.defenseurdesdroits.fr/carte-des-delegues';

/**
 * The accessibility declaration (déclaration d'accessibilité) in the DINUM's model: state of
 * conformity with the measured rate, test results, what is not accessible, how the declaration was
 * established, the feedback contact (from configuration) and the remedies.
 */
export function AccessibilityPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  useDocumentTitle(t('accessibility.title'));
  const rate = conformityRate();
  const state = t(`accessibility.state.${conformityState(rate)}`);
  const date = formatDate(AUDIT.date, lang);
  const contact = useAccessibilityContact();
  const rateText = `${new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'fr-FR', { maximumFractionDigits: 1 }).format(rate)} %`;
  const external = (href: string, text: string) => (
    <a href={href} target="_blank" rel="noopener noreferrer" title={`${text} - ${t('accessibility.remedies.newWindow')}`}>
      {text}
    </a>
  );

  return (
    <div className="fr-container fr-py-6w">
      <h1>{t('accessibility.title')}</h1>
      <p>{t('accessibility.intro')}</p>
      <p>{t('accessibility.scope', { url: window.location.origin })}</p>

      <h2>{t('accessibility.conformity.title')}</h2>
      <p data-testid="accessibility-state">
        <strong>{t('accessibility.conformity.text', { state })}</strong>{' '}
        {conformityState(rate) !== 'total' && t('accessibility.conformity.partialReason')}
      </p>

      <h2>{t('accessibility.results.title')}</h2>
      <p data-testid="accessibility-rate">{t('accessibility.results.text', { date, rate: rateText })}</p>
      <ul>
        <li>{t('accessibility.results.conform', { count: AUDIT.conform })}</li>
        <li>{t('accessibility.results.notConform', { count: AUDIT.notConform })}</li>
        <li>{t('accessibility.results.notApplicable', { count: AUDIT.notApplicable })}</li>
      </ul>
      <p className="fr-hint-text">{t('accessibility.results.rateHint')}</p>

      <h2>{t('accessibility.inaccessible.title')}</h2>
      <h3>{t('accessibility.inaccessible.nonConformities')}</h3>
      {AUDIT.nonConformities.length === 0 ? (
        <p data-testid="accessibility-non-conformities">{t('accessibility.inaccessible.noNonConformity')}</p>
      ) : (
        <ul data-testid="accessibility-non-conformities">
          {AUDIT.nonConformities.map((number) => (
            <li key={number}>
              {t('accessibility.inaccessible.criterion', {
                number,
                text: t(`accessibility.nc.c${number.replace('.', '_')}`),
              })}
            </li>
          ))}
        </ul>
      )}
      <h3>{t('accessibility.inaccessible.derogations')}</h3>
      <p>{t('accessibility.inaccessible.noDerogation')}</p>
      <h3>{t('accessibility.inaccessible.exempt')}</h3>
      <p>{t('accessibility.inaccessible.noExempt')}</p>

      <h2>{t('accessibility.established.title')}</h2>
      <p>{t('accessibility.established.date', { date })}</p>
      <h3>{t('accessibility.established.technologies')}</h3>
      <p>{t('accessibility.established.technologiesList')}</p>
      <h3>{t('accessibility.established.environment')}</h3>
      <p>{t('accessibility.established.environmentText')}</p>
      <h3>{t('accessibility.established.tools')}</h3>
      <p>{t('accessibility.established.toolsText')}</p>
      <h3>{t('accessibility.established.pages')}</h3>
      <ul data-testid="accessibility-pages">
        {PAGES.map(([key, path]) => (
          <li key={key}>
            {t(`accessibility.pages.${key}`)} (<span lang="fr">{path}</span>)
          </li>
        ))}
      </ul>
      <p>{t('accessibility.established.grid')}</p>

      <h2>{t('accessibility.feedback.title')}</h2>
      <p>{t('accessibility.feedback.text')}</p>
      {contact.data !== undefined ? (
        <p data-testid="accessibility-contact">
          <a className="fr-link" href={`mailto:${contact.data.email}`}>
            {t('accessibility.feedback.email', { email: contact.data.email })}
          </a>
        </p>
      ) : contact.isError ? (
        <p>{t('accessibility.feedback.unavailable')}</p>
      ) : (
        <p aria-live="polite">{t('accessibility.feedback.loading')}</p>
      )}

      <h2>{t('accessibility.remedies.title')}</h2>
      <p>{t('accessibility.remedies.text')}</p>
      <p>{t('accessibility.remedies.ways')}</p>
      <ul>
        <li>{external(DEFENSEUR_FORM, t('accessibility.remedies.form'))}</li>
        <li>{external(DEFENSEUR_DELEGATES, t('accessibility.remedies.delegate'))}</li>
        <li>{t('accessibility.remedies.mail')}</li>
      </ul>
    </div>
  );
}
