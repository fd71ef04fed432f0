import '../components/needs.css';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { Chart } from '../../../components/charts/Chart';
import { Kpi, Kpis } from '../../../components/charts/Kpi';
import { Alert, problemText } from '../../../components/form';
import { RequireSession } from '../../../components/RequireSession';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import { formatDate } from '../../../lib/format';
import { formatEuros } from '../../../lib/money';
import { NEED_OUTCOMES } from '../api/needs';
import { useSourcingFigures } from '../api/queries';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The buyer admin's sourcing statistics (/besoins/statistiques?du=…&au=…). */
export function SourcingStatisticsPage() {
  return (
    <RequireSession anyRole={['BUYER_ADMIN']}>
      <SourcingStatistics />
    </RequireSession>
  );
}

function SourcingStatistics() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language.startsWith('en') ? 'en' : 'fr';
  useDocumentTitle(t('needs.statistics.title'));
  const [params, setParams] = useSearchParams();
  const from = DATE.test(params.get('du') ?? '') ? (params.get('du') ?? '') : '';
  const to = DATE.test(params.get('au') ?? '') ? (params.get('au') ?? '') : '';
  const figures = useSourcingFigures(from, to);
  const s = figures.data;
  const decimal = (value: string) => Number(value).toLocaleString(lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const count = (value: number) => value.toLocaleString(lang);
  const month = (m: string) => new Date(`${m}-01T12:00:00`).toLocaleDateString(lang, { month: 'short', year: 'numeric' });

  return (
    <div className="fr-container fr-py-6w">
      <p>
        <Link className="fr-link fr-icon-arrow-left-line fr-link--icon-left" to="/besoins">
          {t('needs.statistics.back')}
        </Link>
      </p>
      <h1>{t('needs.statistics.title')}</h1>
      <p className="fr-text--lead">{t('needs.statistics.intro')}</p>
      <form
        className="fr-grid-row fr-grid-row--gutters fr-mb-3w"
        onSubmit={(event) => {
          event.preventDefault();
          const data = new FormData(event.currentTarget);
          const next = new URLSearchParams();
          for (const key of ['du', 'au']) {
            const value = data.get(key);
            if (typeof value === 'string' && value !== '') next.set(key, value);
          }
          setParams(next);
        }}
      >
        <div className="fr-col-12 fr-col-md-4">
          <div className="fr-input-group">
            <label className="fr-label" htmlFor="sourcing-from">
              {t('needs.statistics.from')}
            </label>
            <input className="fr-input" id="sourcing-from" name="du" type="date" defaultValue={from || s?.from} key={`from-${s?.from ?? ''}`} />
          </div>
        </div>
        <div className="fr-col-12 fr-col-md-4">
          <div className="fr-input-group">
            <label className="fr-label" htmlFor="sourcing-to">
              {t('needs.statistics.to')}
            </label>
            <input className="fr-input" id="sourcing-to" name="au" type="date" defaultValue={to || s?.to} key={`to-${s?.to ?? ''}`} />
          </div>
        </div>
        <div className="fr-col-12 fr-col-md-4 boucle-needs__filter-submit">
          <button type="submit" className="fr-btn">
            {t('needs.statistics.apply')}
          </button>
        </div>
      </form>

      {figures.isError && <Alert kind="error">{problemText(figures.error, t('needs.statistics.error'))}</Alert>}
      {figures.isPending && <p>{t('needs.statistics.loading')}</p>}
      {s !== undefined && (
        <section aria-labelledby="sourcing-figures">
          <h2 id="sourcing-figures" className="fr-h4">
            {t('needs.statistics.period', { from: formatDate(s.from, lang), to: formatDate(s.to, lang) })}
          </h2>
          <Kpis>
            <Kpi
              value={count(s.published)}
              label={t('needs.statistics.published')}
              detail={t('needs.statistics.states', { open: s.open, closed: s.closed, cancelled: s.cancelled })}
            />
            <Kpi
              value={decimal(s.proposalsPerNeed)}
              label={t('needs.statistics.proposalsPerNeed')}
              detail={t('needs.statistics.notForUsPerNeed', { value: decimal(s.notForUsPerNeed) })}
            />
            <Kpi
              value={`${(s.insertionShareBasisPoints / 100).toLocaleString(lang, { maximumFractionDigits: 2 })} %`}
              label={t('needs.statistics.insertionShare')}
              detail={t('needs.statistics.insertionDetail', { count: s.insertionAnsweredNeeds, published: s.published })}
            />
            <Kpi
              value={count(s.answeredNeeds)}
              label={t('needs.statistics.answered')}
              detail={t('needs.statistics.answers', { proposals: s.proposals, notForUs: s.notForUs })}
            />
          </Kpis>
          <Chart
            title={t('needs.statistics.monthsChart')}
            kind="bar"
            categories={s.months.map((m) => month(m.month))}
            series={[
              { name: t('needs.statistics.published'), values: s.months.map((m) => m.published) },
              { name: t('needs.statistics.answered'), values: s.months.map((m) => m.answered) },
            ]}
            format={count}
            caption={t('needs.statistics.monthsCaption')}
          />
          <Chart
            title={t('needs.statistics.outcomesChart')}
            kind="pie"
            categories={NEED_OUTCOMES.map((o) => t(`needs.outcome.${o}`))}
            series={[{ name: t('needs.statistics.closedNeeds'), values: NEED_OUTCOMES.map((o) => s.outcomes.find((x) => x.outcome === o)?.count ?? 0) }]}
            format={count}
          />
          <div className="fr-table fr-table--sm">
            <table data-testid="sourcing-outcomes" tabIndex={0}>
              <caption>{t('needs.statistics.outcomesTable')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('needs.statistics.outcome')}</th>
                  <th scope="col">{t('needs.statistics.closedNeeds')}</th>
                  <th scope="col">{t('needs.statistics.amount')}</th>
                </tr>
              </thead>
              <tbody>
                {s.outcomes.map((o) => (
                  <tr key={o.outcome}>
                    <th scope="row">{t(`needs.outcome.${o.outcome}`)}</th>
                    <td>{count(o.count)}</td>
                    <td>{o.outcome === 'NOT_BOUGHT' ? '—' : formatEuros(o.amountCents, lang)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </div>
  );
}
