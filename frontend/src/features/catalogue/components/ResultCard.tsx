import { useTranslation } from 'react-i18next';
import { formatEuros } from '../../../lib/money';
import type { SearchItem } from '../api/search';

const CONDITIONS = ['COMME_NEUF', 'TRES_BON_ETAT', 'BON_ETAT', 'ETAT_USAGE'] as const;
const FAMILIES = ['SIAE', 'EA', 'ESAT'] as const;

function known<T extends string>(values: readonly T[], value: string): T | null {
  return (values as readonly string[]).includes(value) ? (value as T) : null;
}

/** One catalogue item as a DSFR card: price excluding VAT, condition, warranty, supplier. */
export function ResultCard({ item }: { item: SearchItem }) {
  const { t, i18n } = useTranslation();
  const condition = known(CONDITIONS, item.condition);
  const family = known(FAMILIES, item.supplier.insertionFamily);
  return (
    <div className="fr-card fr-card--sm fr-card--no-arrow" data-testid="result-card">
      <div className="fr-card__body">
        <div className="fr-card__content">
          <h2 className="fr-card__title fr-h6" lang="fr">
            {item.title}
          </h2>
          <p className="fr-card__desc">
            <strong>{t('catalogue.price', { price: formatEuros(item.priceExclVatCents, i18n.language) })}</strong>
            <br />
            {item.warrantyMonths > 0 ? t('catalogue.warranty', { count: item.warrantyMonths }) : t('catalogue.noWarranty')}
            {' · '}
            {t('catalogue.depot', { department: item.depotDepartment })}
          </p>
          <div className="fr-card__start">
            <ul className="fr-badges-group">
              {condition !== null && (
                <li>
                  <p className="fr-badge fr-badge--sm fr-badge--no-icon fr-badge--green-emeraude">{t(`catalogue.condition.${condition}`)}</p>
                </li>
              )}
              {family !== null && (
                <li>
                  <p className="fr-badge fr-badge--sm fr-badge--no-icon fr-badge--purple-glycine">{t(`catalogue.family.${family}`)}</p>
                </li>
              )}
            </ul>
          </div>
          <div className="fr-card__end">
            <p className="fr-card__detail">{t('catalogue.supplier', { name: item.supplier.name })}</p>
          </div>
        </div>
      </div>
    </div>
  );
}
