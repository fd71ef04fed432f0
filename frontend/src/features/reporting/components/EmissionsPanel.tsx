import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api';
import { agecPaths, useEmissions } from '../api/agec';
import { Chart } from './Chart';
import { Kpi, Kpis } from './Kpi';
import { useReportYear, YearFilter } from './YearFilter';

/** The "Émissions évitées" tab: per category, the total, the method and sources, the missing categories. */
export function EmissionsPanel() {
  const { t, i18n } = useTranslation();
  const [year] = useReportYear();
  const report = useEmissions(year, i18n.language.startsWith('en') ? 'en' : 'fr');
  const number = new Intl.NumberFormat(i18n.language.startsWith('en') ? 'en-GB' : 'fr-FR', { maximumFractionDigits: 3 });
  const kg = (value: number) => number.format(value);

  if (report.error instanceof ApiError && report.error.status === 403) {
    return <p className="fr-alert fr-alert--info fr-alert--sm">{t('reporting.agec.forbidden')}</p>;
  }
  const data = report.data;
  const rows = data?.rows ?? [];
  const counted = rows.filter((r) => r.avoidedKgCo2e !== undefined && r.avoidedKgCo2e !== null);
  const missing = rows.filter((r) => r.avoidedKgCo2e === undefined || r.avoidedKgCo2e === null);

  return (
    <section aria-labelledby="emissions-title">
      <h2 id="emissions-title">{t('reporting.emissions.title')}</h2>
      <p>{t('reporting.emissions.intro')}</p>
      <YearFilter id="emissions-year" />
      {report.isPending && <p role="status">…</p>}
      {data !== undefined && (
        <>
          <Kpis>
            <Kpi value={`${kg(data.totalAvoidedKgCo2e)} kgCO2e`} label={t('reporting.emissions.total')} detail={t('reporting.emissions.totalDetail')} />
            <Kpi value={number.format(rows.reduce((sum, r) => sum + r.units, 0))} label={t('reporting.emissions.units')} />
          </Kpis>
          <Chart
            title={t('reporting.emissions.chartTitle', { year })}
            kind="horizontalBar"
            categories={counted.map((r) => r.categoryLabel)}
            series={[{ name: t('reporting.emissions.avoided'), values: counted.map((r) => r.avoidedKgCo2e ?? null) }]}
            format={kg}
          />
          <div className="fr-table fr-table--sm" data-testid="emissions-table">
            <table tabIndex={0}>
              <caption>{t('reporting.emissions.tableTitle', { year })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('reporting.emissions.category')}</th>
                  <th scope="col">{t('reporting.emissions.units')}</th>
                  <th scope="col">{t('reporting.emissions.item')}</th>
                  <th scope="col">{t('reporting.emissions.perUnit')}</th>
                  <th scope="col">{t('reporting.emissions.avoided')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.categoryId}>
                    <th scope="row">{r.categoryLabel}</th>
                    <td>{r.units}</td>
                    <td>{r.footprintItem ?? <em>{r.note}</em>}</td>
                    <td>{r.productionKgCo2ePerUnit == null ? t('reporting.emissions.none') : kg(r.productionKgCo2ePerUnit)}</td>
                    <td>{r.avoidedKgCo2e == null ? t('reporting.emissions.none') : kg(r.avoidedKgCo2e)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {missing.length > 0 && (
            <div className="fr-callout fr-mb-3w" data-testid="emissions-missing">
              <h3 className="fr-callout__title fr-h6">{t('reporting.emissions.missingTitle')}</h3>
              <p className="fr-callout__text fr-text--sm">{t('reporting.emissions.missingIntro')}</p>
              <ul>
                {missing.map((r) => (
                  <li key={r.categoryId}>
                    <strong>{r.categoryLabel}</strong> — {r.note}
                  </li>
                ))}
              </ul>
            </div>
          )}
          <h3>{t('reporting.emissions.method')}</h3>
          <p className="fr-text--sm" data-testid="emissions-method">
            {data.method}
          </p>
          <h3>{t('reporting.emissions.sources')}</h3>
          <ul className="fr-text--sm" data-testid="emissions-sources">
            {data.sources.map((s) => (
              <li key={s.url}>
                <a href={s.url} target="_blank" rel="noreferrer">
                  {s.title}
                </a>{' '}
                ({s.licence})
              </li>
            ))}
          </ul>
          <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--sm">
            <li>
              <a className="fr-btn fr-btn--tertiary" href={agecPaths.emissionsCsv(year)} download>
                {t('reporting.emissions.exportCsv')}
              </a>
            </li>
            <li>
              <a className="fr-btn fr-btn--tertiary" href={agecPaths.emissionsXlsx(year)} download>
                {t('reporting.emissions.exportXlsx')}
              </a>
            </li>
          </ul>
        </>
      )}
    </section>
  );
}
