import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import { useSession } from '../../../lib/session';
import type { ComponentStatus } from '../api/health';
import { useHealth } from '../api/queries';

const SHOWN = ['jdbc', 'elasticsearch'] as const;

function Badge({ status }: { status: ComponentStatus }) {
  const { t } = useTranslation();
  const variant = status === 'UP' ? 'success' : status === 'DOWN' ? 'error' : status === 'DEGRADED' ? 'warning' : 'info';
  const label =
    status === 'UP' ? t('status.up') : status === 'DOWN' ? t('status.down') : status === 'DEGRADED' ? t('status.degraded') : t('status.unknown');
  return <span className={`fr-badge fr-badge--${variant}`}>{label}</span>;
}

/** Shows whether Boucle answers; to the operator, whether PostgreSQL and Elasticsearch do. */
export function StatusPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const detailed = me?.roles.includes('OPERATOR') ?? false;
  useDocumentTitle(t('status.title'));
  const [check, setCheck] = useState(0);
  const query = useHealth(detailed, check);
  const health = query.data ?? null;
  const failed = query.isError;

  return (
    <div className="fr-container fr-py-6w">
      <h1>{t('status.heading')}</h1>
      <p>{t('status.intro')}</p>
      {failed && (
        <div className="fr-alert fr-alert--error fr-alert--sm">
          <p>{t('status.error')}</p>
        </div>
      )}
      {health === null && !failed && <p aria-live="polite">{t('status.loading')}</p>}
      {health !== null && (
        <div className="fr-table" data-testid="status-table">
          <table tabIndex={0}>
            <caption className="fr-sr-only">{t('status.heading')}</caption>
            <tbody>
              <tr>
                <th scope="row">{t('status.overall')}</th>
                <td>
                  <Badge status={health.status} />
                </td>
              </tr>
              {SHOWN.filter((name) => name in health.components).map((name) => (
                <tr key={name} data-component={name}>
                  <th scope="row">{t(`status.${name}`)}</th>
                  <td>
                    <Badge status={health.components[name] ?? 'UNKNOWN'} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {health !== null && Object.keys(health.components).length === 0 && <p className="fr-text--sm">{t('status.detailsForOperator')}</p>}
      <button type="button" className="fr-btn fr-btn--secondary fr-mt-2w" onClick={() => {
          setCheck((n) => n + 1);
        }}>
        {t('status.refresh')}
      </button>
    </div>
  );
}
