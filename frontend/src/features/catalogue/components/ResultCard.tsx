import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { CategoryPicture } from '../../../components/CategoryPicture';
import { formatEuros } from '../../../lib/money';
import type { SearchItem } from '../api/search';
import { formatDistance } from './format';
import { UserText, userSlot, userTextIn } from '../../../components/UserText';

const CONDITIONS = ['COMME_NEUF', 'TRES_BON_ETAT', 'BON_ETAT', 'ETAT_USAGE'] as const;
const FAMILIES = ['SIAE', 'EA', 'ESAT'] as const;

function known<T extends string>(values: readonly T[], value: string): T | null {
  return (values as readonly string[]).includes(value) ? (value as T) : null;
}

/** A photo, or while there is none the pictogram of the listing's category. */
function Photo({ url, alt, categoryId }: { url: string | null | undefined; alt: string; categoryId: string }) {
  if (url) return <img className="boucle-photo" src={url} alt={alt} loading="lazy" />;
  return <CategoryPicture categoryId={categoryId} />;
}

/**
 * One catalogue item as a DSFR card: photo, price excluding VAT, condition, warranty, supplier
 * with its insertion badge, and distance when the search has an origin.
 */
export function ResultCard({ item, linkSearch = '' }: { item: SearchItem; linkSearch?: string }) {
  const { t, i18n } = useTranslation();
  const condition = known(CONDITIONS, item.condition);
  const family = known(FAMILIES, item.supplier.insertionFamily);
  return (
    <div className="fr-card fr-card--sm fr-enlarge-link" data-testid="result-card">
      <div className="fr-card__body">
        <div className="fr-card__content">
          <h2 className="fr-card__title fr-h6" lang="fr">
            <Link to={`/catalogue/${item.id}${linkSearch}`}><UserText>{item.title}</UserText></Link>
          </h2>
          <p className="fr-card__desc">
            <strong data-testid="result-price">
              {t('catalogue.price', { price: formatEuros(item.priceExclVatCents, i18n.language) })}
            </strong>
            <br />
            {item.warrantyMonths > 0 ? t('catalogue.warranty', { count: item.warrantyMonths }) : t('catalogue.noWarranty')}
            {' · '}
            {t('catalogue.depot', { department: item.depotDepartment })}
            {item.distanceKm != null && (
              <>
                {' · '}
                <span data-testid="result-distance">{t('catalogue.distance', { distance: formatDistance(item.distanceKm, i18n.language) })}</span>
              </>
            )}
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
            <p className="fr-card__detail">{userTextIn(t('catalogue.supplier', { name: userSlot('name') }), { name: item.supplier.name })}</p>
          </div>
        </div>
      </div>
      <div className="fr-card__header">
        <div className="fr-card__img">
          <Photo url={item.photoUrl} alt="" categoryId={item.categoryId} />
        </div>
      </div>
    </div>
  );
}
