import { useTranslation } from 'react-i18next';
import { formatEuros } from '../../../lib/money';
import type { PeriodView } from '../api/agreements';
import { spendBars } from '../api/chart';
import { userSlot, userTextIn } from '../../../components/UserText';

const COLOURS = { committed: '#000091', invoiced: '#18753c', remaining: '#929292' } as const;
const ROW = 28;
const LABEL = 110;
const WIDTH = 560;

/**
 * One lot period's consumption as horizontal bars (committed, invoiced, remaining) against the
 * maximum, followed by the same figures in a table. The SVG has a text alternative; the table is
 * the data for everyone.
 */
export function SpendChart({ lotLabel, lotTitle, period }: { lotLabel: string; lotTitle: string; period: PeriodView }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const bars = spendBars(period);
  const plot = WIDTH - LABEL - 10;
  const summary = t('agreements.chart.summary', {
    lot: lotLabel,
    max: formatEuros(period.maximumExclVatCents, lang),
    committed: formatEuros(period.committedExclVatCents, lang),
    invoiced: formatEuros(period.invoicedExclVatCents, lang),
    remaining: formatEuros(period.remainingExclVatCents, lang),
  });
  return (
    <figure className="fr-mb-3w fr-mx-0 boucle-spend-chart" data-testid="spend-chart">
      <svg
        viewBox={`0 0 ${String(WIDTH)} ${String(ROW * bars.length + 8)}`}
        width="100%"
        style={{ maxWidth: `${String(WIDTH)}px` }}
        role="img"
        aria-label={summary}
      >
        <title>{summary}</title>
        {bars.map((bar, index) => {
          const y = index * ROW + 4;
          const width = Math.round((plot * bar.perMille) / 1000);
          return (
            <g key={bar.key}>
              <text x="0" y={y + 15} fontSize="13" fill="#161616">
                {t(`agreements.chart.${bar.key}`)}
              </text>
              <rect x={LABEL} y={y} width={plot} height="20" fill="#eeeeee" />
              <rect x={LABEL} y={y} width={width} height="20" fill={COLOURS[bar.key]} />
            </g>
          );
        })}
      </svg>
      <div className="fr-table fr-table--sm fr-table--no-caption fr-mt-1w">
        <table tabIndex={0}>
          <caption>
            {userTextIn(t('agreements.chart.caption', { lot: lotLabel.replace(lotTitle, userSlot('title')), max: formatEuros(period.maximumExclVatCents, lang) }), { title: lotTitle })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('agreements.chart.maximum')}</th>
              <th scope="col">{t('agreements.chart.committed')}</th>
              <th scope="col">{t('agreements.chart.invoiced')}</th>
              <th scope="col">{t('agreements.chart.remaining')}</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <td>{formatEuros(period.maximumExclVatCents, lang)}</td>
              <td>{formatEuros(period.committedExclVatCents, lang)}</td>
              <td>{formatEuros(period.invoicedExclVatCents, lang)}</td>
              <td data-testid="lot-remaining">{formatEuros(period.remainingExclVatCents, lang)}</td>
            </tr>
          </tbody>
        </table>
      </div>
    </figure>
  );
}
