import '../components/reporting.css';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { fieldErrorsOf, problemText } from '../../../components/form';
import { RequireSession } from '../../../components/RequireSession';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import { formatEuros } from '../../../lib/money';
import { useSalesReport, type SalesReport } from '../api/inclusion';
import { Chart } from '../components/Chart';
import { HoursDeclarationForm } from '../components/HoursDeclarationForm';
import { Kpi, Kpis } from '../components/Kpi';

/** The supplier's sales dashboard (/ventes): figures, charts, orders waiting, stock rotation, hours. */
export function SalesPage() {
  return (
    <RequireSession anyRole={['SUPPLIER_ADMIN', 'SUPPLIER_STAFF']}>
      <Sales />
    </RequireSession>
  );
}

export function Sales() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('reporting.inclusion.sales.title'));
  const [params, setParams] = useSearchParams();
  const range = { from: params.get('du') ?? undefined, to: params.get('au') ?? undefined };
  const [from, setFrom] = useState(range.from ?? '');
  const [to, setTo] = useState(range.to ?? '');
  const report = useSalesReport(range, i18n.language);
  const errors = fieldErrorsOf(report.error);
  const label = (key: string) => t(`reporting.inclusion.sales.${key}`);

  function apply(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault();
    const next = new URLSearchParams(params);
    for (const [key, value] of [['du', from], ['au', to]] as const) {
      if (value === '') next.delete(key);
      else next.set(key, value);
    }
    setParams(next, { replace: true });
  }

  return (
    <div className="fr-container fr-py-6w">
      <h1>{label('title')}</h1>
      <p className="fr-text--lead">{label('intro')}</p>
      <form className="fr-mb-3w" onSubmit={apply} aria-label={t('reporting.filters.legend')}>
        <div className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom">
          {(
            [
              ['sales-from', 'from', from, setFrom],
              ['sales-to', 'to', to, setTo],
            ] as const
          ).map(([id, field, value, set]) => (
            <div className="fr-col-12 fr-col-md-3" key={id}>
              <div className={`fr-input-group${errors[field] === undefined ? '' : ' fr-input-group--error'}`}>
                <label className="fr-label" htmlFor={id}>
                  {t(`reporting.filters.${field}`)}
                </label>
                <input id={id} className="fr-input" type="date" value={value} onChange={(e) => { set(e.target.value); }} />
                {errors[field] !== undefined && <p className="fr-error-text">{errors[field]}</p>}
              </div>
            </div>
          ))}
          <div className="fr-col-12 fr-col-md-3">
            <button type="submit" className="fr-btn fr-btn--secondary fr-mb-3v">
              {t('reporting.inclusion.apply')}
            </button>
          </div>
        </div>
      </form>
      {report.isError && Object.keys(errors).length === 0 && (
        <p className="fr-error-text" role="alert">
          {problemText(report.error, t('reporting.inclusion.error'))}
        </p>
      )}
      {report.data !== undefined && <Figures report={report.data} language={i18n.language} />}
      <HoursDeclarationForm />
    </div>
  );
}

function Figures({ report, language }: { report: SalesReport; language: string }) {
  const { t } = useTranslation();
  const label = (key: string) => t(`reporting.inclusion.sales.${key}`);
  const euros = (cents: number) => formatEuros(cents, language);
  const shortEuros = (cents: number) => `${new Intl.NumberFormat(language, { notation: 'compact', maximumFractionDigits: 1 }).format(cents / 100)}\u00a0€`;
  const units = (n: number) => new Intl.NumberFormat(language).format(n);
  const waiting = report.ordersWaiting;
  return (
    <>
      <Kpis>
        <Kpi value={euros(report.revenueCents)} label={label('revenue')} detail={label('revenueDetail')} />
        <Kpi value={units(waiting.toAccept + waiting.toPrepare + waiting.toDeliver)} label={label('waiting')} />
        <Kpi
          value={t('reporting.inclusion.hoursUnit', { hours: units(report.hoursDeclared.declared) })}
          label={label('hoursDeclared')}
          detail={t('reporting.inclusion.sales.hoursAccepted', { hours: units(report.hoursDeclared.accepted) })}
        />
      </Kpis>
      <h2>{label('waiting')}</h2>
      <ul className="fr-btns-group fr-btns-group--inline-md" data-testid="orders-waiting">
        {(
          [
            ['toAccept', 'APPROVED', waiting.toAccept],
            ['toPrepare', 'ACCEPTED', waiting.toPrepare],
            ['toDeliver', 'READY', waiting.toDeliver],
          ] as const
        ).map(([key, status, count]) => (
          <li key={key}>
            <Link className="fr-btn fr-btn--secondary" to={`/commandes?statut=${status}`} data-testid={`waiting-${key}`}>
              {`${label(key)} : ${units(count)}`}
            </Link>
          </li>
        ))}
      </ul>
      <h2>{label('revenue')}</h2>
      <Chart
        title={label('byMonth')}
        kind="bar"
        categories={report.byMonth.map((m) => m.month)}
        series={[{ name: label('revenueSeries'), values: report.byMonth.map((m) => m.revenueCents) }]}
        format={euros}
        axisFormat={shortEuros}
      />
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-lg-6">
          <Chart
            title={label('byBuyer')}
            kind="horizontalBar"
            categories={report.byBuyer.map((b) => b.label)}
            series={[{ name: label('revenueSeries'), values: report.byBuyer.map((b) => b.revenueCents) }]}
            format={euros}
            axisFormat={shortEuros}
          />
        </div>
        <div className="fr-col-12 fr-col-lg-6">
          <Chart
            title={label('byCategory')}
            kind="horizontalBar"
            categories={report.byCategory.map((c) => c.label)}
            series={[{ name: label('revenueSeries'), values: report.byCategory.map((c) => c.revenueCents) }]}
            format={euros}
            axisFormat={shortEuros}
          />
        </div>
      </div>
      <h2>{label('rotation')}</h2>
      <Chart
        title={label('rotationChart')}
        kind="horizontalBar"
        categories={report.stockRotation.map((r) => r.label)}
        series={[
          { name: label('unitsSold'), values: report.stockRotation.map((r) => r.unitsSold) },
          { name: label('unitsInStock'), values: report.stockRotation.map((r) => r.unitsInStock) },
        ]}
        format={units}
        caption={label('rotationCaption')}
        height={Math.max(240, 32 * report.stockRotation.length)}
      />
      <div className="fr-table fr-table--sm">
        <table data-testid="stock-rotation" tabIndex={0}>
          <caption>{label('rotation')}</caption>
          <thead>
            <tr>
              <th scope="col">{label('category')}</th>
              <th scope="col">{label('unitsSold')}</th>
              <th scope="col">{label('unitsInStock')}</th>
              <th scope="col">{label('medianDays')}</th>
            </tr>
          </thead>
          <tbody>
            {report.stockRotation.map((r) => (
              <tr key={r.categoryId}>
                <th scope="row">{r.label}</th>
                <td>{units(r.unitsSold)}</td>
                <td>{units(r.unitsInStock)}</td>
                <td>{r.medianDaysToSell === undefined || r.medianDaysToSell === null ? '—' : t('reporting.inclusion.sales.days', { days: units(r.medianDaysToSell) })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
