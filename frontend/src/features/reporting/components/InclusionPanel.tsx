import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { fieldErrorsOf, problemText } from '../../../components/form';
import { config } from '../../../lib/config';
import { formatDate } from '../../../lib/format';
import { formatEuros } from '../../../lib/money';
import { useSession } from '../../../lib/session';
import {
  evidencePath,
  inclusivePath,
  insertionHoursExportPath,
  useDecideDeclaration,
  useInclusiveReport,
  useInsertionHoursReport,
  type HoursLot,
  type LotDeclaration,
} from '../api/inclusion';
import { Chart } from './Chart';
import { Kpi, Kpis } from './Kpi';

/** A share in basis points as a percentage with one decimal ("12,3 %"), or a dash. */
export function formatShare(bp: number | null | undefined, language: string): string {
  if (bp === null || bp === undefined) return '—';
  return `${new Intl.NumberFormat(language, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(bp / 100)}\u00a0%`;
}

/** The buyer dashboard's tab "Achats inclusifs et insertion" (?rubrique=inclusion). */
export function InclusionPanel() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="inclusion-title">
      <h2 id="inclusion-title">{t('reporting.inclusion.title')}</h2>
      <p>{t('reporting.inclusion.intro')}</p>
      <InclusiveSpend />
      <InsertionHours />
    </section>
  );
}

function InclusiveSpend() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const range = { from: params.get('du') ?? undefined, to: params.get('au') ?? undefined };
  const [from, setFrom] = useState(range.from ?? '');
  const [to, setTo] = useState(range.to ?? '');
  const report = useInclusiveReport(range);
  const errors = fieldErrorsOf(report.error);
  const euros = (cents: number) => formatEuros(cents, i18n.language);
  const shortEuros = (cents: number) => `${new Intl.NumberFormat(i18n.language, { notation: 'compact', maximumFractionDigits: 1 }).format(cents / 100)}\u00a0€`;

  function apply(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault();
    const next = new URLSearchParams(params);
    for (const [key, value] of [['du', from], ['au', to]] as const) {
      if (value === '') next.delete(key);
      else next.set(key, value);
    }
    setParams(next, { replace: true });
  }

  const data = report.data;
  return (
    <>
      <form className="boucle-filters fr-mb-3w" onSubmit={apply} aria-label={t('reporting.filters.legend')}>
        <div className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom">
          <div className="fr-col-12 fr-col-md-3">
            <div className={`fr-input-group${errors.from === undefined ? '' : ' fr-input-group--error'}`}>
              <label className="fr-label" htmlFor="inclusion-from">
                {t('reporting.filters.from')}
              </label>
              <input id="inclusion-from" className="fr-input" type="date" value={from} onChange={(e) => { setFrom(e.target.value); }} />
              {errors.from !== undefined && <p className="fr-error-text">{errors.from}</p>}
            </div>
          </div>
          <div className="fr-col-12 fr-col-md-3">
            <div className={`fr-input-group${errors.to === undefined ? '' : ' fr-input-group--error'}`}>
              <label className="fr-label" htmlFor="inclusion-to">
                {t('reporting.filters.to')}
              </label>
              <input id="inclusion-to" className="fr-input" type="date" value={to} onChange={(e) => { setTo(e.target.value); }} />
              {errors.to !== undefined && <p className="fr-error-text">{errors.to}</p>}
            </div>
          </div>
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
      {data !== undefined && (
        <>
          <Kpis>
            <Kpi value={formatShare(data.inclusiveShareBp, i18n.language)} label={t('reporting.inclusion.share')} detail={t('reporting.inclusion.shareDetail')} />
            <Kpi value={euros(data.totalCents)} label={t('reporting.inclusion.total')} />
            <Kpi value={euros(data.siaeCents)} label={t('reporting.inclusion.siae')} />
            <Kpi value={euros(data.eaEsatCents)} label={t('reporting.inclusion.eaEsat')} />
            <Kpi
              value={formatShare(data.totalCents === 0 ? null : Math.floor((data.reservedLotsCents * 10000) / data.totalCents), i18n.language)}
              label={t('reporting.inclusion.reserved')}
              detail={`${euros(data.reservedLotsCents)} · ${t('reporting.inclusion.reservedDetail')}`}
            />
          </Kpis>
          <Chart
            title={t('reporting.inclusion.monthly')}
            kind="bar"
            categories={data.months.map((m) => m.month)}
            series={[
              { name: t('reporting.inclusion.siae'), values: data.months.map((m) => m.siaeCents), stack: 'spend' },
              { name: t('reporting.inclusion.eaEsat'), values: data.months.map((m) => m.eaEsatCents), stack: 'spend' },
              { name: t('reporting.inclusion.other'), values: data.months.map((m) => m.totalCents - m.siaeCents - m.eaEsatCents), stack: 'spend' },
            ]}
            format={euros}
            axisFormat={shortEuros}
          />
          <Chart
            title={t('reporting.inclusion.reservedChart')}
            kind="pie"
            categories={[t('reporting.inclusion.reservedPart'), t('reporting.inclusion.openPart')]}
            series={[{ name: t('reporting.inclusion.total'), values: [data.reservedLotsCents, data.totalCents - data.reservedLotsCents] }]}
            format={euros}
            height={260}
          />
          <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--sm">
            <li>
              <a className="fr-btn fr-btn--tertiary fr-icon-download-line fr-btn--icon-left" href={config.apiBaseUrl + inclusivePath(range, '.csv')} download>
                {t('reporting.inclusion.exportCsv')}
              </a>
            </li>
            <li>
              <a className="fr-btn fr-btn--tertiary fr-icon-download-line fr-btn--icon-left" href={config.apiBaseUrl + inclusivePath(range, '.xlsx')} download>
                {t('reporting.inclusion.exportXlsx')}
              </a>
            </li>
          </ul>
        </>
      )}
    </>
  );
}

function InsertionHours() {
  const { t } = useTranslation();
  const report = useInsertionHoursReport();
  return (
    <section aria-labelledby="hours-title" className="fr-mt-6w">
      <h2 id="hours-title">{t('reporting.inclusion.hoursTitle')}</h2>
      <p className="fr-text--sm">{t('reporting.inclusion.hoursIntro')}</p>
      <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--sm" aria-label={t('reporting.inclusion.facilitator')}>
        <li>
          <a className="fr-btn fr-btn--secondary fr-icon-download-line fr-btn--icon-left" href={config.apiBaseUrl + insertionHoursExportPath('csv')} download>
            {t('reporting.inclusion.facilitatorCsv')}
          </a>
        </li>
        <li>
          <a className="fr-btn fr-btn--secondary fr-icon-download-line fr-btn--icon-left" href={config.apiBaseUrl + insertionHoursExportPath('xlsx')} download>
            {t('reporting.inclusion.facilitatorXlsx')}
          </a>
        </li>
      </ul>
      {report.isError && (
        <p className="fr-error-text" role="alert">
          {problemText(report.error, t('reporting.inclusion.error'))}
        </p>
      )}
      {report.data?.lots.length === 0 && <p>{t('reporting.inclusion.noClause')}</p>}
      {report.data?.lots.map((lot) => <LotHours key={lot.lotId} lot={lot} />)}
    </section>
  );
}

function LotHours({ lot }: { lot: HoursLot }) {
  const { t, i18n } = useTranslation();
  const hours = (value: number) => t('reporting.inclusion.hoursUnit', { hours: new Intl.NumberFormat(i18n.language).format(value) });
  return (
    <article className="fr-mb-6w" aria-labelledby={`lot-${lot.lotId}`}>
      <h3 id={`lot-${lot.lotId}`} className="fr-h5">
        {t('reporting.inclusion.lotHeading', { reference: lot.agreementReference, number: lot.lotNumber, title: lot.lotTitle })}
      </h3>
      <p className="fr-text--sm">
        {t('reporting.inclusion.target', { hours: lot.targetHours })} · {t('reporting.inclusion.declared')} {hours(lot.declaredHours)} ·{' '}
        {t('reporting.inclusion.accepted')} {hours(lot.acceptedHours)}
      </p>
      <Chart
        title={t('reporting.inclusion.plannedChart', { number: lot.lotNumber })}
        kind="bar"
        categories={lot.periods.map((p) =>
          t('reporting.inclusion.periodRange', { index: p.periodIndex, from: formatDate(p.startsOn, i18n.language), to: formatDate(p.endsOn, i18n.language) }),
        )}
        series={[
          { name: t('reporting.inclusion.planned'), values: lot.periods.map((p) => p.plannedHours) },
          { name: t('reporting.inclusion.declared'), values: lot.periods.map((p) => p.declaredHours) },
          { name: t('reporting.inclusion.accepted'), values: lot.periods.map((p) => p.acceptedHours) },
        ]}
        format={hours}
      />
      <Declarations lot={lot} />
    </article>
  );
}

function Declarations({ lot }: { lot: HoursLot }) {
  const { t, i18n } = useTranslation();
  const { me } = useSession();
  const admin = me?.roles.includes('BUYER_ADMIN') === true;
  if (lot.declarations.length === 0) return <p className="fr-text--sm">{t('reporting.inclusion.noDeclarations')}</p>;
  const newestFirst = [...lot.declarations].reverse();
  return (
    <div className="fr-table fr-table--sm">
      <table data-testid={`declarations-${String(lot.lotNumber)}`} tabIndex={0}>
        <caption>{t('reporting.inclusion.declarations', { number: lot.lotNumber })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('reporting.inclusion.columns.supplier')}</th>
            <th scope="col">{t('reporting.inclusion.columns.period')}</th>
            <th scope="col">{t('reporting.inclusion.columns.hours')}</th>
            <th scope="col">{t('reporting.inclusion.columns.declaredAt')}</th>
            <th scope="col">{t('reporting.inclusion.columns.evidence')}</th>
            <th scope="col">{t('reporting.inclusion.columns.status')}</th>
            {admin && <th scope="col">{t('reporting.inclusion.columns.actions')}</th>}
          </tr>
        </thead>
        <tbody>
          {newestFirst.map((d) => (
            <tr key={d.id} data-testid={`declaration-${d.id}`}>
              <td>{d.supplierName}</td>
              <td>{t('reporting.inclusion.period', { index: d.periodIndex })}</td>
              <td>{d.hours}</td>
              <td>{formatDate(d.declaredAt, i18n.language)}</td>
              <td>
                {/* The evidence is the buyer administrator's to open (and the supplier's). */}
                {admin ? (
                  <a href={evidencePath(d.id)} download>
                    {t('reporting.inclusion.download', { name: d.evidenceFileName })}
                  </a>
                ) : (
                  d.evidenceFileName
                )}
              </td>
              <td>
                <StatusBadge status={d.status} />
                {typeof d.rejectionReason === 'string' && <p className="fr-text--xs fr-mb-0">{d.rejectionReason}</p>}
              </td>
              {admin && <td>{d.status === 'DECLARED' ? <Decision declaration={d} /> : null}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function StatusBadge({ status }: { status: LotDeclaration['status'] }) {
  const { t } = useTranslation();
  const kind = status === 'ACCEPTED' ? 'success' : status === 'REJECTED' ? 'error' : 'new';
  return <p className={`fr-badge fr-badge--sm fr-badge--${kind}`}>{t(`reporting.inclusion.status.${status}`)}</p>;
}

function Decision({ declaration }: { declaration: LotDeclaration }) {
  const { t } = useTranslation();
  const decide = useDecideDeclaration();
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const errors = fieldErrorsOf(decide.error);
  const id = `reason-${declaration.id}`;
  if (rejecting) {
    return (
      <form
        onSubmit={(event) => {
          event.preventDefault();
          decide.mutate({ id: declaration.id, reject: reason });
        }}
      >
        <div className={`fr-input-group${errors.reason === undefined ? '' : ' fr-input-group--error'}`}>
          <label className="fr-label" htmlFor={id}>
            {t('reporting.inclusion.rejectReason')}
          </label>
          <textarea id={id} className="fr-input" value={reason} onChange={(e) => { setReason(e.target.value); }} aria-describedby={errors.reason === undefined ? undefined : `${id}-error`} />
          {errors.reason !== undefined && (
            <p className="fr-error-text" id={`${id}-error`}>
              {errors.reason}
            </p>
          )}
        </div>
        <div className="fr-btns-group fr-btns-group--inline fr-btns-group--sm">
          <button type="submit" className="fr-btn fr-btn--sm" disabled={decide.isPending}>
            {t('reporting.inclusion.confirmReject')}
          </button>
          <button type="button" className="fr-btn fr-btn--sm fr-btn--tertiary" onClick={() => { setRejecting(false); }}>
            {t('reporting.inclusion.cancel')}
          </button>
        </div>
      </form>
    );
  }
  return (
    <div className="fr-btns-group fr-btns-group--inline fr-btns-group--sm">
      <button type="button" className="fr-btn fr-btn--sm" disabled={decide.isPending} onClick={() => { decide.mutate({ id: declaration.id }); }}>
        {t('reporting.inclusion.accept')}
      </button>
      <button type="button" className="fr-btn fr-btn--sm fr-btn--secondary" onClick={() => { setRejecting(true); }}>
        {t('reporting.inclusion.reject')}
      </button>
    </div>
  );
}
