import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format';
import { formatEuros } from '../../../lib/money';
import type { SpendAlertLevel, SpendLot } from '../api/spend';
import { formatBp } from './spendFormat';
import { UserText } from '../../../components/UserText';

const BADGE: Record<SpendAlertLevel, string> = { NONE: 'fr-badge--info', NEAR: 'fr-badge--warning', REACHED: 'fr-badge--error' };

/** Every lot period with its figures and, for the current one, the forecast date. */
export function SpendLotsTable({ lots }: { lots: SpendLot[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const euros = (cents: number) => formatEuros(cents, lang);
  if (lots.length === 0) return <p>{t('reporting.spend.table.none')}</p>;
  return (
    <div className="fr-table fr-table--sm boucle-spend__table">
      <table tabIndex={0}>
        <caption>{t('reporting.spend.table.heading')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('reporting.spend.table.lot')}</th>
            <th scope="col">{t('reporting.spend.table.period')}</th>
            <th scope="col">{t('reporting.spend.table.maximum')}</th>
            <th scope="col">{t('reporting.spend.table.committed')}</th>
            <th scope="col">{t('reporting.spend.table.invoiced')}</th>
            <th scope="col">{t('reporting.spend.table.paid')}</th>
            <th scope="col">{t('reporting.spend.table.remaining')}</th>
            <th scope="col">{t('reporting.spend.table.consumed')}</th>
            <th scope="col">{t('reporting.spend.table.forecast')}</th>
            <th scope="col">{t('reporting.spend.table.alert')}</th>
          </tr>
        </thead>
        <tbody>
          {lots.flatMap((lot) =>
            lot.periods.map((p) => (
              <tr key={`${lot.lotId}-${String(p.periodIndex)}`} aria-current={p.current ? 'true' : undefined}>
                <th scope="row">
                  {lot.agreementReference} · {t('reporting.spend.table.lot')} {lot.lotNumber}
                  <br />
                  <UserText className="fr-text--xs">{lot.lotTitle}</UserText>
                </th>
                <td>
                  {p.periodIndex + 1} ({t('reporting.spend.table.range', { from: formatDate(p.startsOn, lang), to: formatDate(p.endsOn, lang) })})
                  {p.current && (
                    <>
                      {' '}
                      <span className="fr-badge fr-badge--sm fr-badge--new">{t('reporting.spend.table.current')}</span>
                    </>
                  )}
                </td>
                <td>{euros(p.maximumCents)}</td>
                <td>{euros(p.committedCents)}</td>
                <td>{euros(p.invoicedCents)}</td>
                <td>{euros(p.paidCents)}</td>
                <td>{euros(p.remainingCents)}</td>
                <td>{formatBp(p.consumedBp, lang)}</td>
                <td>{p.forecastReachOn ? formatDate(p.forecastReachOn, lang) : '—'}</td>
                <td>
                  <span className={`fr-badge fr-badge--sm fr-badge--no-icon ${BADGE[p.alert]}`}>{t(`reporting.spend.level.${p.alert}`)}</span>
                </td>
              </tr>
            )),
          )}
        </tbody>
      </table>
    </div>
  );
}
