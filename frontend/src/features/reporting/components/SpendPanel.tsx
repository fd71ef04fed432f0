import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { formatDate } from '../../../lib/format';
import { formatEuros } from '../../../lib/money';
import { spendExportUrl, useSpendAlerts, useSpendBreakdown, useSpendOverview, type BreakdownBy, type BreakdownRow, type SpendFilters } from '../api/spend';
import { Chart } from './Chart';
import { Kpi, Kpis } from './Kpi';
import { SpendLotsTable } from './SpendLotsTable';
import { formatBp, formatPercent, shortEuros } from './spendFormat';
import { USER_CONTENT_LANGUAGE } from '../../../components/UserText';

/** The filters' names in the address (?accord=…&service=…&du=…&au=…), so that a view can be shared. */
const PARAMS = { agreementId: 'accord', serviceId: 'service', from: 'du', to: 'au' } as const;

function filtersOf(params: URLSearchParams): SpendFilters {
  const value = (name: string) => params.get(name) ?? undefined;
  return { agreementId: value(PARAMS.agreementId), serviceId: value(PARAMS.serviceId), from: value(PARAMS.from), to: value(PARAMS.to) };
}

/** The "Dépenses des accords-cadres" tab: consumption of the lots, breakdowns, alerts, exports. */
export function SpendPanel() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => filtersOf(params), [params]);
  const overview = useSpendOverview(filters);
  const everything = useSpendOverview({});
  const services = useSpendBreakdown('service', { ...filters, serviceId: undefined });

  const set = (key: keyof typeof PARAMS, value: string) => {
    const next = new URLSearchParams(params);
    if (value === '') next.delete(PARAMS[key]);
    else next.set(PARAMS[key], value);
    setParams(next, { replace: true });
  };
  const reset = () => {
    const next = new URLSearchParams(params);
    Object.values(PARAMS).forEach((name) => { next.delete(name); });
    setParams(next, { replace: true });
  };

  const agreements = useMemo(() => {
    const seen = new Map<string, string>();
    for (const lot of everything.data?.lots ?? []) seen.set(lot.agreementId, `${lot.agreementReference} — ${lot.agreementTitle}`);
    return [...seen.entries()];
  }, [everything.data]);

  if (overview.isError) return <div className="fr-alert fr-alert--error fr-alert--sm"><p>{t('reporting.spend.error')}</p></div>;
  const data = overview.data;
  const totals = data?.totals;
  const euros = (cents: number) => formatEuros(cents, lang);
  const axis = (cents: number) => shortEuros(cents, lang);
  const currentLots = (data?.lots ?? []).flatMap((lot) => {
    const p = lot.periods.find((period) => period.current);
    return p === undefined || p.maximumCents <= 0 ? [] : [{ lot, p }];
  });
  const share = (cents: number, max: number) => Math.round((cents * 10000) / max) / 100;

  return (
    <section aria-labelledby="spend-heading" className="boucle-spend">
      <h2 id="spend-heading" className="fr-h4">{t('reporting.spend.heading')}</h2>
      <p className="fr-text--sm">{t('reporting.spend.intro')}</p>

      <fieldset className="fr-fieldset boucle-spend__filters">
        <legend className="fr-fieldset__legend fr-text--regular">{t('reporting.filters.legend')}</legend>
        <div className="fr-fieldset__element fr-fieldset__element--inline">
          <div className="fr-select-group">
            <label className="fr-label" htmlFor="spend-agreement">{t('reporting.filters.agreement')}</label>
            <select id="spend-agreement" className="fr-select" value={filters.agreementId ?? ''} onChange={(e) => { set('agreementId', e.target.value); }}>
              <option value="">{t('reporting.spend.filters.allAgreements')}</option>
              {agreements.map(([id, label]) => <option key={id} value={id} lang={USER_CONTENT_LANGUAGE}>{label}</option>)}
            </select>
          </div>
        </div>
        <div className="fr-fieldset__element fr-fieldset__element--inline">
          <div className="fr-select-group">
            <label className="fr-label" htmlFor="spend-service">{t('reporting.filters.service')}</label>
            <select id="spend-service" className="fr-select" value={filters.serviceId ?? ''} onChange={(e) => { set('serviceId', e.target.value); }}>
              <option value="">{t('reporting.spend.filters.allServices')}</option>
              {(services.data?.rows ?? []).map((row) => <option key={row.key} value={row.key} lang={USER_CONTENT_LANGUAGE}>{row.label}</option>)}
              {filters.serviceId !== undefined && !(services.data?.rows ?? []).some((row) => row.key === filters.serviceId) && (
                <option value={filters.serviceId}>{filters.serviceId}</option>
              )}
            </select>
          </div>
        </div>
        <div className="fr-fieldset__element fr-fieldset__element--inline">
          <div className="fr-input-group">
            <label className="fr-label" htmlFor="spend-from">{t('reporting.filters.from')}</label>
            <input id="spend-from" className="fr-input" type="date" value={filters.from ?? ''} onChange={(e) => { set('from', e.target.value); }} />
          </div>
        </div>
        <div className="fr-fieldset__element fr-fieldset__element--inline">
          <div className="fr-input-group">
            <label className="fr-label" htmlFor="spend-to">{t('reporting.filters.to')}</label>
            <input id="spend-to" className="fr-input" type="date" value={filters.to ?? ''} onChange={(e) => { set('to', e.target.value); }} />
          </div>
        </div>
        <div className="fr-fieldset__element">
          <p className="fr-hint-text">{t('reporting.spend.filters.hint')}</p>
          <button type="button" className="fr-btn fr-btn--tertiary fr-btn--sm" onClick={reset}>{t('reporting.spend.filters.reset')}</button>
        </div>
      </fieldset>

      {data === undefined || totals === undefined ? (
        <p role="status">{t('reporting.spend.loading')}</p>
      ) : (
        <>
          <Kpis>
            <Kpi value={euros(totals.maximumCents)} label={t('reporting.spend.kpi.maximum')} />
            <Kpi
              value={euros(totals.committedCents + totals.invoicedCents)}
              label={t('reporting.spend.kpi.consumed')}
              detail={t('reporting.spend.kpi.consumedDetail', { percent: formatBp(totals.consumedBp, lang) })}
            />
            <Kpi
              value={euros(totals.invoicedCents)}
              label={t('reporting.spend.kpi.invoiced')}
              detail={t('reporting.spend.kpi.paidDetail', { amount: euros(totals.paidCents) })}
            />
            <Kpi value={euros(totals.committedCents)} label={t('reporting.spend.kpi.committed')} />
            <Kpi value={euros(totals.remainingCents)} label={t('reporting.spend.kpi.remaining')} />
          </Kpis>

          <h3 className="fr-h5">{t('reporting.spend.alerts.heading')}</h3>
          <SpendAlerts />

          <Chart
            title={t('reporting.spend.charts.lots')}
            kind="horizontalBar"
            categories={currentLots.map(({ lot }) => `${lot.agreementReference} · ${t('reporting.spend.table.lot')} ${String(lot.lotNumber)}`)}
            series={[
              { name: t('reporting.spend.series.invoiced'), stack: 'lot', values: currentLots.map(({ p }) => share(p.invoicedCents, p.maximumCents)) },
              { name: t('reporting.spend.series.committed'), stack: 'lot', values: currentLots.map(({ p }) => share(p.committedCents, p.maximumCents)) },
              { name: t('reporting.spend.series.remaining'), stack: 'lot', values: currentLots.map(({ p }) => share(p.remainingCents, p.maximumCents)) },
            ]}
            format={(v) => formatPercent(v, lang)}
            reference={{ value: 100, label: t('reporting.spend.charts.reference') }}
            height={Math.max(160, 56 * currentLots.length + 80)}
            caption={t('reporting.spend.charts.lotsCaption')}
          />

          <BreakdownChart by="month" filters={filters} kind="bar" format={euros} axis={axis} />
          <div className="fr-grid-row fr-grid-row--gutters">
            {(['service', 'supplier', 'category'] as const).map((by) => (
              <div className="fr-col-12 fr-col-lg-6" key={by}>
                <BreakdownChart by={by} filters={filters} kind="horizontalBar" format={euros} axis={axis} />
              </div>
            ))}
          </div>

          <h3 className="fr-h5">{t('reporting.spend.table.heading')}</h3>
          <SpendLotsTable lots={data.lots} />

          <h3 className="fr-h5">{t('reporting.spend.exports.heading')}</h3>
          <ul className="boucle-spend__exports">
            {([undefined, 'service', 'supplier', 'category', 'month'] as const).map((by) => (
              <li key={by ?? 'overview'}>
                {by === undefined ? t('reporting.spend.exports.overview') : t('reporting.spend.exports.breakdown', { by: t(`reporting.spend.by.${by}`) })}{' '}
                <a className="fr-link fr-link--sm" href={spendExportUrl('csv', filters, by)} download>{t('reporting.export.csv')}</a>{' '}
                <a className="fr-link fr-link--sm" href={spendExportUrl('xlsx', filters, by)} download>{t('reporting.export.xlsx')}</a>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function BreakdownChart({ by, filters, kind, format, axis }: {
  by: BreakdownBy;
  filters: SpendFilters;
  kind: 'bar' | 'horizontalBar';
  format: (cents: number) => string;
  axis: (cents: number) => string;
}) {
  const { t } = useTranslation();
  const breakdown = useSpendBreakdown(by, filters);
  const rows: BreakdownRow[] = breakdown.data?.rows ?? [];
  return (
    <Chart
      title={t(`reporting.spend.charts.${by === 'month' ? 'months' : by}`)}
      kind={kind}
      categories={rows.map((r) => r.label)}
      series={[
        { name: t('reporting.spend.series.invoiced'), stack: 'spend', values: rows.map((r) => r.invoicedCents) },
        { name: t('reporting.spend.series.committed'), stack: 'spend', values: rows.map((r) => r.committedCents) },
      ]}
      format={format}
      axisFormat={axis}
      height={kind === 'horizontalBar' ? Math.max(200, 36 * rows.length + 80) : 320}
    />
  );
}

/** The alerts raised on the lots (80 % then 100 % of a period's maximum), newest first. */
function SpendAlerts() {
  const { t, i18n } = useTranslation();
  const alerts = useSpendAlerts().data?.alerts;
  if (alerts === undefined) return null;
  if (alerts.length === 0) return <p className="fr-text--sm">{t('reporting.spend.alerts.none')}</p>;
  return (
    <ul className="boucle-spend__alerts">
      {alerts.map((a) => (
        <li key={`${a.lotId}-${String(a.periodIndex)}-${String(a.threshold)}`} className={`fr-alert fr-alert--sm ${a.threshold >= 100 ? 'fr-alert--error' : 'fr-alert--warning'} fr-mb-2w`}>
          <h4 className="fr-alert__title">{t(a.threshold >= 100 ? 'reporting.spend.alerts.reached' : 'reporting.spend.alerts.near')}</h4>
          <p>
            {t('reporting.spend.alerts.text', {
              lot: a.lotNumber,
              title: a.lotTitle,
              reference: a.agreementReference,
              period: a.periodIndex + 1,
              percent: formatBp(a.consumedBp, i18n.language),
              date: formatDate(a.reachedAt, i18n.language),
            })}
          </p>
        </li>
      ))}
    </ul>
  );
}
