import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { fallbackCategories, useCategoriesOrFallback } from '../../../lib/categories';

/** One tile per top-level category of the taxonomy, each opening the catalogue filtered on it. */
export function CategoryTiles() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const tree = useCategoriesOrFallback(language);
  // The taxonomy is static: without the API (or while it is empty), still offer its top-level entry points.
  const categories = tree === null ? null : tree.length > 0 ? tree : fallbackCategories(language);
  if (categories === null) {
    return <p aria-live="polite">{t('home.categoriesLoading')}</p>;
  }
  return (
    <ul className="fr-grid-row fr-grid-row--gutters boucle-plain-list" data-testid="category-tiles">
      {categories.map((category) => (
        <li className="fr-col-12 fr-col-sm-6 fr-col-md-3" key={category.id}>
          <div className="fr-tile fr-enlarge-link">
            <div className="fr-tile__body">
              <div className="fr-tile__content">
                <h3 className="fr-tile__title">
                  <Link to={`/catalogue?category=${encodeURIComponent(category.id)}`}>{category.label}</Link>
                </h3>
                {category.children.length > 0 && (
                  <p className="fr-tile__detail">
                    {category.children
                      .slice(0, 3)
                      .map((child) => child.label)
                      .join(' · ')}
                  </p>
                )}
              </div>
            </div>
          </div>
        </li>
      ))}
    </ul>
  );
}
