import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, problemText } from '../../../components/form';
import { DataTable, type Column } from '../../../components/list/DataTable';
import { Pager } from '../../../components/list/Pager';
import { formatDateTime } from '../../../lib/format';
import { pageCount } from '../../../lib/page';
import type { AuditEntry } from '../api/organisation';
import { useAudit } from '../api/queries';

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
  const audit = useAudit(page, PAGE_SIZE);
  const data = audit.data;
  const error = audit.isError ? problemText(audit.error, t('form.unexpected')) : null;

  const columns: Column<AuditEntry>[] = [
    { id: 'when', header: t('audit.when'), cell: (entry) => formatDateTime(entry.occurredAt, i18n.language) },
    { id: 'actor', header: t('audit.actor'), cell: (entry) => (entry.actor === 'system' ? t('common.systemActor') : (entry.actor ?? '—')) },
    { id: 'action', header: t('audit.action'), cell: (entry) => <code>{entry.action}</code> },
    {
      id: 'object',
      header: t('audit.object'),
      cell: (entry) => [entry.objectType, entry.objectId].filter((part) => part !== null).join(' ') || '—',
    },
    { id: 'details', header: t('audit.details'), cell: (entry) => detailsText(entry.details) },
  ];

  const pages = data === undefined ? 0 : pageCount(data.total, data.size || PAGE_SIZE);
  return (
    <section className="fr-mb-6w" aria-labelledby="section-audit" id="audit">
      <h2 id="section-audit">{t('organisation.audit')}</h2>
      {error !== null && <Alert kind="error">{error}</Alert>}
      {data === undefined ? (
        error === null && <p aria-live="polite">{t('session.loading')}</p>
      ) : data.items.length === 0 ? (
        <p>{t('audit.empty')}</p>
      ) : (
        <>
          <DataTable
            testId="audit-table"
            caption={t('audit.caption', { page: data.page + 1, pages, total: data.total })}
            columns={columns}
            rows={data.items}
            rowKey={(entry) => entry.id}
          />
          <Pager
            page={data.page + 1}
            pages={pages}
            label={t('audit.pagination')}
            onPage={(target) => {
              setPage(target - 1);
            }}
          />
        </>
      )}
    </section>
  );
}
