import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Alert } from '../../../components/form';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import { useLegal, type LegalInformation } from '../api/privacy';
import { formatPeriod } from '../components/duration';

const CNIL_COMPLAINTS = 'https://www.cnil.fr/fr/plaintes';

/** Reads the operator's legal information, then renders the page with it. */
function WithLegal({ children }: { children: (legal: LegalInformation) => ReactNode }) {
  const { t } = useTranslation();
  const legal = useLegal();
  if (legal.isPending) return <p aria-live="polite">{t('privacy.legal.loading')}</p>;
  if (legal.isError) return <Alert kind="error">{t('privacy.legal.unavailable')}</Alert>;
  return <>{children(legal.data)}</>;
}

function Facts({ rows, testId }: { rows: [string, string][]; testId?: string }) {
  return (
    <dl className="boucle-facts" data-testid={testId}>
      {rows.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** "Mentions légales": publisher, director of publication and host, from the configuration. */
export function LegalNoticePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('privacy.legal.title'));
  return (
    <div className="fr-container fr-py-6w">
      <h1>{t('privacy.legal.title')}</h1>
      <WithLegal>
        {(legal) => (
          <>
            <h2>{t('privacy.legal.publisher')}</h2>
            <Facts
              testId="legal-publisher"
              rows={[
                [t('privacy.legal.name'), legal.publisher.name],
                [t('privacy.legal.address'), legal.publisher.address],
                [t('privacy.legal.email'), legal.publisher.email],
                [t('privacy.legal.phone'), legal.publisher.phone],
                [t('privacy.legal.registration'), legal.publisher.registration],
              ]}
            />
            <h2>{t('privacy.legal.director')}</h2>
            <p data-testid="legal-director">{legal.director}</p>
            <h2>{t('privacy.legal.host')}</h2>
            <Facts
              testId="legal-host"
              rows={[
                [t('privacy.legal.name'), legal.host.name],
                [t('privacy.legal.address'), legal.host.address],
                [t('privacy.legal.phone'), legal.host.phone],
              ]}
            />
            <h2>{t('privacy.legal.dataProtection')}</h2>
            <p>
              {t('privacy.legal.dataProtectionText')} <Link to="/donnees-personnelles">{t('privacy.footer.personalData')}</Link>.
            </p>
          </>
        )}
      </WithLegal>
    </div>
  );
}

const PROCESSING = ['account', 'security', 'orders', 'needs', 'mails', 'imports'] as const;

/** "Données personnelles": what is collected, why, on which basis, for whom, how long, and the rights. */
export function PersonalDataPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('privacy.policy.title'));
  const list = (key: string) => t(key, { returnObjects: true }) as unknown as string[];
  return (
    <div className="fr-container fr-py-6w">
      <h1>{t('privacy.policy.title')}</h1>
      <p>{t('privacy.policy.intro')}</p>

      <h2>{t('privacy.policy.controller')}</h2>
      <p>
        {t('privacy.policy.controllerText')} <Link to="/mentions-legales">{t('privacy.footer.legalNotice')}</Link>.
      </p>

      <h2>{t('privacy.policy.what')}</h2>
      <div className="fr-table fr-table--no-caption">
        <table>
          <caption>{t('privacy.policy.what')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('privacy.policy.data')}</th>
              <th scope="col">{t('privacy.policy.purpose')}</th>
              <th scope="col">{t('privacy.policy.basis')}</th>
            </tr>
          </thead>
          <tbody>
            {PROCESSING.map((row) => (
              <tr key={row}>
                <td>{t(`privacy.policy.rows.${row}.data`)}</td>
                <td>{t(`privacy.policy.rows.${row}.purpose`)}</td>
                <td>{t(`privacy.policy.rows.${row}.basis`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h2>{t('privacy.policy.recipients')}</h2>
      <ul>
        {list('privacy.policy.recipientsList').map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>

      <h2>{t('privacy.policy.retention')}</h2>
      <p>{t('privacy.policy.retentionIntro')}</p>
      <WithLegal>
        {(legal) => (
          <>
            <div className="fr-table fr-table--no-caption">
              <table data-testid="retention-table">
                <caption>{t('privacy.policy.retention')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('privacy.policy.kind')}</th>
                    <th scope="col">{t('privacy.policy.duration')}</th>
                    <th scope="col">{t('privacy.policy.enforcement')}</th>
                  </tr>
                </thead>
                <tbody>
                  {legal.retention.map((period) => (
                    <tr key={period.key}>
                      <td>{t(`privacy.policy.periods.${period.key}`)}</td>
                      <td>{formatPeriod(period.seconds, i18n.language)}</td>
                      <td>{period.job === null ? t('privacy.policy.legalPeriod') : t('privacy.policy.automatic')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>

            <h2>{t('privacy.policy.rights')}</h2>
            <p>{t('privacy.policy.rightsText')}</p>
            <ul>
              {list('privacy.policy.rightsList').map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
            <p>
              <Link className="fr-link" to="/compte">
                {t('privacy.policy.selfService')}
              </Link>
            </p>

            <h2>{t('privacy.policy.contact')}</h2>
            <p>{t('privacy.policy.contactText')}</p>
            <Facts
              testId="data-protection-contact"
              rows={[
                [t('privacy.legal.name'), legal.dataProtection.contact],
                [t('privacy.legal.email'), legal.dataProtection.email],
                [t('privacy.legal.address'), legal.dataProtection.address],
              ]}
            />
          </>
        )}
      </WithLegal>

      <h2>{t('privacy.policy.complaint')}</h2>
      <p>
        {t('privacy.policy.complaintText')}{' '}
        <a href={CNIL_COMPLAINTS} target="_blank" rel="noopener noreferrer" title={`${t('privacy.policy.complaintLink')} - ${t('footer.newWindow')}`}>
          {t('privacy.policy.complaintLink')}
        </a>
        .
      </p>

      <h2>{t('privacy.policy.cookies')}</h2>
      <p>
        {t('privacy.policy.cookiesText')} <Link to="/cookies">{t('privacy.policy.cookiesLink')}</Link>.
      </p>
    </div>
  );
}

/** "Gestion des cookies": the session and CSRF cookies only, strictly necessary, so no banner. */
export function CookiesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('privacy.cookies.title'));
  return (
    <div className="fr-container fr-py-6w">
      <h1>{t('privacy.cookies.title')}</h1>
      <p>{t('privacy.cookies.intro')}</p>
      <div className="fr-table fr-table--no-caption">
        <table data-testid="cookies-table">
          <caption>{t('privacy.cookies.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('privacy.cookies.name')}</th>
              <th scope="col">{t('privacy.cookies.purpose')}</th>
              <th scope="col">{t('privacy.cookies.lifetime')}</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <td>
                <code>BOUCLE_SESSION</code>
              </td>
              <td>{t('privacy.cookies.session')}</td>
              <td>{t('privacy.cookies.sessionLifetime')}</td>
            </tr>
            <tr>
              <td>
                <code>BOUCLE_CSRF</code>
              </td>
              <td>{t('privacy.cookies.csrf')}</td>
              <td>{t('privacy.cookies.csrfLifetime')}</td>
            </tr>
          </tbody>
        </table>
      </div>
      <h2>{t('privacy.cookies.storage')}</h2>
      <p>{t('privacy.cookies.storageText')}</p>
      <p>{t('privacy.cookies.test')}</p>
    </div>
  );
}
