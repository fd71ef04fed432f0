import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, problemText } from '../../../components/form';
import { formatDateTime } from '../../../lib/format';
import { fetchAudit, type AuditPage } from '../api/organisation';

const PAGE_SIZE = 20;

function detailsText(details: unknown): string {
  if (details === null || details === undefined) return '';
  if (typeof details === 'string') return details;
  if (typeof details === 'object') {
    return Object.entries(details as Record<string, unknown>)
      .map(([key, value]) => `${key} : ${typeof value === 'string' ? value : JSON.stringify(value)}`)
      .join(' · ');
  }
  return JSON.stringify(details);
}

/** The organisation's audit trail, newest first, one page at a time. */
export function AuditSection() {
  const { t, i18n } = useTranslation();
  const [page, setPage] = useState(0);
  const [data, setData] = useState<AuditPage | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let active = true;
    fetchAudit(page, PAGE_SIZE)
      .then((answer) => {
        if (!active) return;
        setData(answer);
        setError(null);
      })
      .catch((failure: unknown) => {
        if (active) setError(problemText(failure, t('form.unexpected')));
      });
    return () => {
      active = false;
    };
  }, [page, t]);

  const pages = data === null ? 0 : Math.max(1, Math.ceil(data.total / (data.size || PAGE_SIZE)));
  return (
    <section className="fr-mb-6w" aria-labelledby="section-audit" id="audit">
      <h2 id="section-audit">{t('organisation.audit')}</h2>
      {error !== null && <Alert kind="error">{error}</Alert>}
      {data === null ? (
        error === null && <p aria-live="polite">{t('session.loading')}</p>
      ) : data.items.length === 0 ? (
        <p>{t('audit.empty')}</p>
      ) : (
        <>
          <div className="fr-table" data-testid="audit-table">
            <table>
              <caption>{t('audit.caption', { page: data.page + 1, pages, total: data.total })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('audit.when')}</th>
                  <th scope="col">{t('audit.actor')}</th>
                  <th scope="col">{t('audit.action')}</th>
                  <th scope="col">{t('audit.object')}</th>
                  <th scope="col">{t('audit.details')}</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((entry) => (
                  <tr key={entry.id}>
                    <td>{formatDateTime(entry.occurredAt, i18n.language)}</td>
                    <td>{entry.actor ?? '—'}</td>
                    <td>
                      <code>{entry.action}</code>
                    </td>
                    <td>{[entry.objectType, entry.objectId].filter((part) => part !== null).join(' ') || '—'}</td>
                    <td>{detailsText(entry.details)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <nav role="navigation" className="fr-pagination" aria-label={t('audit.pagination')}>
            <ul className="fr-pagination__list">
              <li>
                <button
                  type="button"
                  className="fr-pagination__link fr-pagination__link--prev fr-pagination__link--lg-label"
                  disabled={data.page <= 0}
                  onClick={() => {
                    setPage(data.page - 1);
                  }}
                >
                  {t('audit.previous')}
                </button>
              </li>
              <li>
                <span className="fr-pagination__link" aria-current="page">
                  {t('audit.pageOf', { page: data.page + 1, pages })}
                </span>
              </li>
              <li>
                <button
                  type="button"
                  className="fr-pagination__link fr-pagination__link--next fr-pagination__link--lg-label"
                  disabled={data.page + 1 >= pages}
                  onClick={() => {
                    setPage(data.page + 1);
                  }}
                >
                  {t('audit.next')}
                </button>
              </li>
            </ul>
          </nav>
        </>
      )}
    </section>
  );
}
