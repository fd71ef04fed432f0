import { useTranslation } from 'react-i18next';
import { formatEuros } from '../../../lib/money';
import type { LotBudget } from '../api/checkout';

/**
 * The lot's remaining amount before → after the order, in words and as a small bar (the bar is
 * decorative: the figures are the text).
 */
export function LotBudgetView({ budget }: { budget: LotBudget }) {
  const { t, i18n } = useTranslation();
  const afterWidth = budget.afterPerMille / 10;
  return (
    <div className="fr-mt-1w" data-testid="lot-budget">
      <p className="fr-mb-1v">
        {t('ordering.checkout.remaining', {
          before: formatEuros(budget.beforeCents, i18n.language),
          after: formatEuros(budget.afterCents, i18n.language),
        })}
      </p>
      <svg width="100%" height="12" role="presentation" aria-hidden="true" focusable="false" className="boucle-budget-bar">
        <rect x="0" y="0" width="100%" height="12" fill="#e5e5e5" />
        <rect x="0" y="0" width={`${String(afterWidth)}%`} height="12" fill="#000091" />
        <rect x={`${String(afterWidth)}%`} y="0" width={`${String(100 - afterWidth)}%`} height="12" fill="#fc5d00" />
      </svg>
      <p className="fr-hint-text fr-mb-0">
        {t('ordering.checkout.orderTakes', { amount: formatEuros(budget.orderCents, i18n.language) })}
      </p>
    </div>
  );
}
