import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api';
import { formatEuros } from '../../../lib/money';
import { useSession } from '../../../lib/session';
import { agecPaths, useAgecReport, type AgecRow } from '../api/agec';
import { AgecTargetsForm } from './AgecTargetsForm';
import { Chart } from './Chart';
import { Kpi, Kpis } from './Kpi';
import { PurchasesElsewhere } from './PurchasesElsewhere';
import { useReportYear, YearFilter } from './YearFilter';

/** Basis points as "12,5 %" (French) or "12.5%" (English). */
export function formatBp(bp: number, language: string): string {
  return `${new Intl.NumberFormat(language.startsWith('en') ? 'en-GB' : 'fr-FR', { maximumFractionDigits: 2 }).format(bp / 100)} %`;
}

const share = (part: number, total: number) => (total === 0 ? null : Math.floor((part * 10_000) / total));

/** The "Loi AGEC" tab: the year's shares against the targets, the declaration, purchases elsewhere. */
export function AgecPanel() {
  const { t, i18n } = useTranslation();
  const [year] = useReportYear();
  const { me } = useSession();
  const admin = me?.roles.includes('BUYER_ADMIN') ?? false;
  const report = useAgecReport(year);
  const percent = (bp: number) => formatBp(bp, i18n.language);

  if (report.error instanceof ApiError && report.error.status === 403) {
    return <p className="fr-alert fr-alert--info fr-alert--sm">{t('reporting.agec.forbidden')}</p>;
  }
  const rows = report.data?.categories ?? [];
  const bought = rows.filter((r) => r.totalExclVatCents > 0);
  const total = rows.reduce((sum, r) => sum + r.totalExclVatCents, 0);
  const reuse = rows.reduce((sum, r) => sum + r.reuseCents + r.donationCents, 0);
  const met = rows.filter((r) => r.meetsTarget === true).length;
  const withTarget = rows.filter((r) => r.meetsTarget !== undefined && r.meetsTarget !== null).length;

  return (
    <section aria-labelledby="agec-title">
      <h2 id="agec-title">{t('reporting.agec.title')}</h2>
      <p>{t('reporting.agec.intro')}</p>
      <YearFilter id="agec-year" />
      {report.isPending && <p role="status">…</p>}
      {report.data !== undefined && (
        <>
          <Kpis>
            <Kpi value={formatEuros(total, i18n.language)} label={t('reporting.agec.total')} />
            <Kpi value={total === 0 ? '—' : percent(share(reuse, total) ?? 0)} label={t('reporting.agec.reuseAndDonations')} />
            <Kpi value={`${String(met)} / ${String(withTarget)}`} label={t('reporting.agec.categoriesMet')} />
          </Kpis>
          <Chart
            title={t('reporting.agec.chartTitle', { year })}
            kind="bar"
            categories={bought.map((r) => r.category)}
            series={[
              { name: t('reporting.agec.reuseShare'), values: bought.map((r) => share(r.reuseCents, r.totalExclVatCents)), stack: 'reuse' },
              { name: t('reporting.agec.donationShare'), values: bought.map((r) => share(r.donationCents, r.totalExclVatCents)), stack: 'reuse' },
              { name: t('reporting.agec.recycledShare'), values: bought.map((r) => r.recycledShareBp ?? null) },
              { name: t('reporting.agec.reuseTarget'), values: bought.map((r) => targetBp(r.reuseTargetPercent)), line: true },
              { name: t('reporting.agec.recycledTarget'), values: bought.map((r) => targetBp(r.recycledTargetPercent)), line: true },
            ]}
            format={percent}
            caption={report.data.countingRule}
          />
          <AgecTable rows={rows} year={year} />
          {report.data.unmappedExclVatCents > 0 && (
            <p className="fr-text--sm">{t('reporting.agec.unmapped', { amount: formatEuros(report.data.unmappedExclVatCents, i18n.language) })}</p>
          )}
          <h3>{t('reporting.agec.declarationTitle')}</h3>
          <p data-testid="declaration-where">{t('reporting.agec.declarationText', { next: year + 1 })}</p>
          <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--sm">
            <li>
              <a className="fr-btn fr-btn--secondary" href={agecPaths.declaration(year)} download data-testid="declaration-csv">
                {t('reporting.agec.declarationDownload', { year })}
              </a>
            </li>
            <li>
              <a className="fr-btn fr-btn--tertiary" href={agecPaths.csv(year)} download>
                {t('reporting.agec.exportCsv')}
              </a>
            </li>
            <li>
              <a className="fr-btn fr-btn--tertiary" href={agecPaths.xlsx(year)} download>
                {t('reporting.agec.exportXlsx')}
              </a>
            </li>
            <li>
              <a className="fr-btn fr-btn--tertiary" href={agecPaths.yearlyPdf(year)} target="_blank" rel="noreferrer">
                {t('reporting.agec.yearlyPdf', { year })}
              </a>
            </li>
          </ul>
          <PurchasesElsewhere year={year} admin={admin} categories={rows.map((r) => r.category)} />
          {admin && <AgecTargetsForm year={year} rows={rows} />}
        </>
      )}
    </section>
  );
}

const targetBp = (percent: number | null | undefined) => (percent === null || percent === undefined ? null : percent * 100);

function AgecTable({ rows, year }: { rows: AgecRow[]; year: number }) {
  const { t, i18n } = useTranslation();
  const euros = (cents: number) => formatEuros(cents, i18n.language);
  const target = (percent: number | null | undefined) => (percent === null || percent === undefined ? t('reporting.agec.none') : `${String(percent)} %`);
  return (
    <div className="fr-table fr-table--sm" data-testid="agec-table">
      <table tabIndex={0}>
        <caption>{t('reporting.agec.tableTitle', { year })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('reporting.agec.category')}</th>
            <th scope="col">{t('reporting.agec.amountTotal')}</th>
            <th scope="col">{t('reporting.agec.amountReuse')}</th>
            <th scope="col">{t('reporting.agec.amountDonation')}</th>
            <th scope="col">{t('reporting.agec.amountRecycled')}</th>
            <th scope="col">{t('reporting.agec.targets')}</th>
            <th scope="col">{t('reporting.agec.met')}</th>
            <th scope="col">{t('reporting.agec.source')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.category}>
              <th scope="row">{r.category}</th>
              <td>{euros(r.totalExclVatCents)}</td>
              <td>{euros(r.reuseCents)}</td>
              <td>{euros(r.donationCents)}</td>
              <td>{euros(r.recycledCents)}</td>
              <td>
                {r.reuseTargetPercent == null && r.recycledTargetPercent == null ? (
                  t('reporting.agec.noTarget')
                ) : (
                  <>
                    {t('reporting.agec.reuseTarget')} {target(r.reuseTargetPercent)} · {t('reporting.agec.recycledTarget')} {target(r.recycledTargetPercent)}
                  </>
                )}{' '}
                ({r.targetOrigin === 'BUYER' ? t('reporting.agec.originBuyer') : t('reporting.agec.originDecree')})
              </td>
              <td>{r.meetsTarget == null ? t('reporting.agec.none') : r.meetsTarget ? t('reporting.agec.yes') : t('reporting.agec.no')}</td>
              <td>
                {r.targetOrigin === 'BUYER' ? (
                  // The API names the buyer's own targets in English words: say it in the interface's.
                  t('reporting.agec.originBuyer')
                ) : r.source?.url ? (
                  <a href={r.source.url} target="_blank" rel="noreferrer" title={r.source.checked}>
                    {r.source.title}
                  </a>
                ) : (
                  (r.source?.title ?? r.note ?? t('reporting.agec.none'))
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
