import { useTranslation } from 'react-i18next';
import { fallbackCategories } from '../lib/categories';
import { categoryPictogram, topLevelCategory } from './categoryPictograms';

/**
 * Stands in for a listing's photo while it has none: the DSFR pictogram of its category, with a
 * short caption so nobody takes the drawing for the item itself. Decorative for screen readers:
 * the card or page title already names the item.
 *
 * @param categoryId the listing's category (usually a leaf)
 * @param path the category's ancestor ids from the root, when the page knows them
 */
export function CategoryPicture({ categoryId, path = [] }: { categoryId: string; path?: readonly string[] }) {
  const { t, i18n } = useTranslation();
  const pictogram = categoryPictogram(categoryId, path);
  const top = topLevelCategory(categoryId, path);
  const label = top === null ? null : (fallbackCategories(i18n.language).find((c) => c.id === top)?.label ?? null);
  return (
    <div className="boucle-category-picture" data-testid="category-picture" data-pictogram={pictogram.name} aria-hidden="true">
      <svg className="fr-artwork boucle-category-picture__artwork" viewBox="0 0 80 80" width="80" height="80" focusable="false">
        <use className="fr-artwork-decorative" href={`${pictogram.url}#artwork-decorative`} />
        <use className="fr-artwork-minor" href={`${pictogram.url}#artwork-minor`} />
        <use className="fr-artwork-major" href={`${pictogram.url}#artwork-major`} />
      </svg>
      <p className="fr-text--xs fr-mb-0 boucle-category-picture__caption">
        {label === null ? t('common.illustration') : t('common.illustrationOf', { category: label })}
      </p>
    </div>
  );
}
