import '../../../components/procurement.css';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { Alert, problemText } from '../../../components/form';
import { nextMessageKey } from '../api/sequence';
import { RequireSession } from '../../../components/RequireSession';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import { ApiError } from '../../../lib/api';
import { findCategory, useCategories, type CategoryNode } from '../../../lib/categories';
import { formatDate } from '../../../lib/format';
import { formatEuros } from '../../../lib/money';
import { useSession } from '../../../lib/session';
import {
  activateAgreement,
  deleteAgreement,
  terminateAgreement,
  type LotView,
  type SpendRow,
} from '../api/agreements';
import { agreementKeys, useAgreement, useSpend } from '../api/queries';
import { AgreementStatusBadge } from '../components/AgreementStatusBadge';
import { SpendChart } from '../components/SpendChart';
import { UserText, userSlot, userTextIn } from '../../../components/UserText';

const NO_SPEND: SpendRow[] = [];
const NO_CATEGORIES: CategoryNode[] = [];

function percent(basisPoints: number): string {
  const whole = Math.trunc(basisPoints / 100);
  const rest = basisPoints % 100;
  return rest === 0 ? `${String(whole)} %` : `${String(whole)},${String(rest).padStart(2, '0')} %`;
}

/** One agreement: its terms, its lots with their periods and consumption, and spend per service. */
export function AgreementPage() {
  return (
    <RequireSession>
      <AgreementContent />
    </RequireSession>
  );
}

function AgreementContent() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const { me } = useSession();
  const navigate = useNavigate();
  const client = useQueryClient();
  const admin = me?.roles.includes('BUYER_ADMIN') ?? false;
  const buyer = me?.organisationKind === 'BUYER';
  const query = useAgreement(id);
  const agreement = query.data ?? null;
  const missing = query.error instanceof ApiError && query.error.status === 404;
  const spend = useSpend(id, buyer && agreement !== null && agreement.status !== 'DRAFT').data ?? NO_SPEND;
  const categories = useCategories(i18n.language).data ?? NO_CATEGORIES;
  const [actionMessage, setMessage] = useState<{ kind: 'error' | 'success'; text: string; key: number } | null>(null);
  const message =
    actionMessage ??
    (query.isError && !missing ? { kind: 'error' as const, text: problemText(query.error, t('form.unexpected')), key: query.errorUpdatedAt } : null);
  useDocumentTitle(agreement === null ? t('agreements.detail.title') : `${agreement.reference} — ${agreement.title}`);

  async function run(action: 'activate' | 'terminate' | 'delete') {
    if (agreement === null) return;
    if (action !== 'activate' && !window.confirm(t(`agreements.detail.confirm.${action}`))) return;
    try {
      if (action === 'delete') {
        await deleteAgreement(agreement.id);
        client.removeQueries({ queryKey: agreementKeys.detail(agreement.id) });
        void client.invalidateQueries({ queryKey: agreementKeys.all });
        void navigate('/accords-cadres');
        return;
      }
      const view = action === 'activate' ? await activateAgreement(agreement.id) : await terminateAgreement(agreement.id);
      client.setQueryData(agreementKeys.detail(view.id), view);
      void client.invalidateQueries({ queryKey: agreementKeys.all, predicate: (q) => q.queryKey[1] === 'list' });
      setMessage({ kind: 'success', text: t(`agreements.detail.done.${action}`), key: nextMessageKey() });
    } catch (failure) {
      setMessage({ kind: 'error', text: problemText(failure, t('form.unexpected')), key: nextMessageKey() });
    }
  }

  if (missing) {
    return (
      <div className="fr-container fr-py-6w">
        <h1>{t('agreements.detail.notFound')}</h1>
        <Link to="/accords-cadres">{t('agreements.detail.back')}</Link>
      </div>
    );
  }
  const lang = i18n.language;
  const label = (categoryId: string) => findCategory(categories, categoryId)?.label ?? categoryId;
  return (
    <div className="fr-container fr-py-6w">
      {message !== null && (
        <Alert kind={message.kind} key={message.key}>
          {message.text}
        </Alert>
      )}
      {agreement === null ? (
        <p aria-live="polite">{t('session.loading')}</p>
      ) : (
        <>
          <p className="fr-mb-1w">
            <Link to="/accords-cadres">{t('agreements.detail.back')}</Link>
          </p>
          <h1 className="fr-mb-1w">
            {agreement.reference} — <UserText>{agreement.title}</UserText>
          </h1>
          <p>
            <AgreementStatusBadge status={agreement.status} inForce={agreement.inForceToday} />
          </p>
          <dl className="boucle-dl fr-mb-3w">
            <dt>{t('agreements.field.buyer')}</dt>
            <UserText as="dd">{agreement.buyer.legalName}</UserText>
            <dt>{t('agreements.field.procedure')}</dt>
            <dd>{t(`agreements.procedure.${agreement.procedure}`)}</dd>
            <dt>{t('agreements.field.launchedOn')}</dt>
            <dd>{formatDate(agreement.launchedOn, lang)}</dd>
            <dt>{t('agreements.detail.term')}</dt>
            <dd>
              {t('agreements.detail.termText', {
                start: formatDate(agreement.startDate, lang),
                end: formatDate(agreement.initialEndDate, lang),
                count: agreement.renewalCount,
                months: agreement.renewalMonths,
                last: formatDate(agreement.endDate, lang),
              })}
            </dd>
          </dl>
          {admin && (
            <ul className="fr-btns-group fr-btns-group--inline-md fr-mb-3w">
              {agreement.status === 'DRAFT' && (
                <>
                  <li>
                    <Link className="fr-btn fr-btn--secondary" to={`/accords-cadres/${agreement.id}/modifier`}>
                      {t('common.edit')}
                    </Link>
                  </li>
                  <li>
                    <button type="button" className="fr-btn" onClick={() => void run('activate')}>
                      {t('agreements.detail.activate')}
                    </button>
                  </li>
                  <li>
                    <button type="button" className="fr-btn fr-btn--tertiary" onClick={() => void run('delete')}>
                      {t('common.delete')}
                    </button>
                  </li>
                </>
              )}
              {agreement.status === 'ACTIVE' && (
                <li>
                  <button type="button" className="fr-btn fr-btn--secondary" onClick={() => void run('terminate')}>
                    {t('agreements.detail.terminate')}
                  </button>
                </li>
              )}
            </ul>
          )}
          {agreement.lots.map((lot) => (
            <LotSection key={lot.id} lot={lot} categoryLabel={label} spend={spend.filter((row) => row.lotId === lot.id)} />
          ))}
        </>
      )}
    </div>
  );
}

function LotSection({ lot, categoryLabel, spend }: { lot: LotView; categoryLabel: (id: string) => string; spend: SpendRow[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const lotLabel = t('agreements.lotTitle', { number: lot.number, title: lot.title });
  // The lot's title is its buyer's words: marked as such wherever the label is shown as text.
  const withTitle = (message: string) => userTextIn(message, { title: lot.title });
  const lotSlot = t('agreements.lotTitle', { number: lot.number, title: userSlot('title') });
  const current = lot.periods.find((p) => p.current) ?? null;
  return (
    <section className="fr-mb-6w" aria-labelledby={`lot-${lot.id}`} data-testid="lot">
      <h2 id={`lot-${lot.id}`} className="fr-h4">
        {withTitle(lotSlot)}
      </h2>
      <dl className="boucle-dl">
        <dt>{t('agreements.field.reservation')}</dt>
        <dd>{t(`agreements.reservation.${lot.reservation}`)}</dd>
        <dt>{t('agreements.field.categories')}</dt>
        <dd>{lot.categoryIds.map(categoryLabel).join(', ')}</dd>
        <dt>{t('agreements.field.suppliers')}</dt>
        <UserText as="dd">{lot.suppliers.map((s) => `${s.legalName} (${s.siret})`).join(', ')}</UserText>
        <dt>{t('agreements.detail.amounts')}</dt>
        <dd>
          {t('agreements.detail.amountsText', {
            min: formatEuros(lot.minimumExclVatCents, lang),
            max: formatEuros(lot.maximumExclVatCents, lang),
          })}
        </dd>
        <dt>{t('agreements.field.priceTerms')}</dt>
        <dd>
          {lot.priceTerms === 'CATALOGUE_DISCOUNT'
            ? t('agreements.detail.discount', { rate: percent(lot.discountBasisPoints ?? 0) })
            : lot.unitPrices.map((p) => `${categoryLabel(p.categoryId)} : ${formatEuros(p.unitPriceExclVatCents, lang)}`).join(' · ')}
        </dd>
        <dt>{t('agreements.field.platformCommission')}</dt>
        <dd data-testid="lot-commission">{percent(lot.platformCommissionBp ?? 0)}</dd>
        {lot.insertionHoursTarget !== undefined && lot.insertionHoursTarget !== null && (
          <>
            <dt>{t('agreements.field.insertionHoursTarget')}</dt>
            <dd>{lot.insertionHoursTarget}</dd>
          </>
        )}
        {(lot.environmentalClause ?? '') !== '' && (
          <>
            <dt>{t('agreements.field.environmentalClause')}</dt>
            <UserText as="dd">{lot.environmentalClause}</UserText>
          </>
        )}
      </dl>
      {current !== null && (
        <>
          <h3 className="fr-h6">{t('agreements.detail.currentPeriod', { start: formatDate(current.startsOn, lang), end: formatDate(current.endsOn, lang) })}</h3>
          <SpendChart lotLabel={lotLabel} lotTitle={lot.title} period={current} />
        </>
      )}
      {lot.periods.length > 0 && (
        <div className="fr-table fr-table--sm">
          <table tabIndex={0}>
            <caption>{withTitle(t('agreements.detail.periods', { lot: lotSlot }))}</caption>
            <thead>
              <tr>
                <th scope="col">{t('agreements.detail.period')}</th>
                <th scope="col">{t('agreements.chart.maximum')}</th>
                <th scope="col">{t('agreements.chart.committed')}</th>
                <th scope="col">{t('agreements.chart.invoiced')}</th>
                <th scope="col">{t('agreements.chart.remaining')}</th>
              </tr>
            </thead>
            <tbody>
              {lot.periods.map((p) => (
                <tr key={p.index}>
                  <td>
                    {formatDate(p.startsOn, lang)} → {formatDate(p.endsOn, lang)}
                    {p.current ? ` (${t('agreements.detail.current')})` : ''}
                  </td>
                  <td>{formatEuros(p.maximumExclVatCents, lang)}</td>
                  <td>{formatEuros(p.committedExclVatCents, lang)}</td>
                  <td>{formatEuros(p.invoicedExclVatCents, lang)}</td>
                  <td>{formatEuros(p.remainingExclVatCents, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {spend.length > 0 && (
        <div className="fr-table fr-table--sm" data-testid="spend-by-service">
          <table tabIndex={0}>
            <caption>{withTitle(t('agreements.detail.spendByService', { lot: lotSlot }))}</caption>
            <thead>
              <tr>
                <th scope="col">{t('agreements.detail.service')}</th>
                <th scope="col">{t('agreements.detail.period')}</th>
                <th scope="col">{t('agreements.chart.committed')}</th>
                <th scope="col">{t('agreements.chart.invoiced')}</th>
              </tr>
            </thead>
            <tbody>
              {spend.map((row) => (
                <tr key={`${row.serviceId}-${String(row.periodIndex)}`}>
                  <UserText as="td">{row.serviceName}</UserText>
                  <td>{row.periodIndex + 1}</td>
                  <td>{formatEuros(row.committed.exclVatCents, lang)}</td>
                  <td>{formatEuros(row.invoiced.exclVatCents, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
