import { useEffect, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import { fetchCategories, type CategoryNode } from '../api/categories';

/** The home page: what Boucle is, and the catalogue entry point. */
export function HomePage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('home.title'));
  const navigate = useNavigate();
  const [query, setQuery] = useState('');
  const [categories, setCategories] = useState<CategoryNode[] | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    fetchCategories(i18n.language, controller.signal)
      .then(setCategories)
      .catch(() => {
        if (!controller.signal.aborted) setCategories([]);
      });
    return () => {
      controller.abort();
    };
  }, [i18n.language]);

  function onSubmit(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault();
    const q = query.trim();
    void navigate(q === '' ? '/catalogue' : `/catalogue?q=${encodeURIComponent(q)}`);
  }

  return (
    <>
      <section className="fr-container fr-py-6w">
        <h1>{t('home.heroTitle')}</h1>
        <p className="fr-text--lead">{t('home.heroText')}</p>
        <form role="search" onSubmit={onSubmit} data-testid="home-search">
          <div className="fr-search-bar fr-search-bar--lg" id="home-search-bar">
            <label className="fr-label" htmlFor="home-search-input">
              {t('home.searchLabel')}
            </label>
            <input
              className="fr-input"
              id="home-search-input"
              name="q"
              type="search"
              placeholder={t('home.searchPlaceholder')}
              value={query}
              onChange={(e) => {
                setQuery(e.target.value);
              }}
            />
            <button className="fr-btn" type="submit" title={t('home.searchButton')}>
              {t('home.searchButton')}
            </button>
          </div>
        </form>
      </section>

      <section className="fr-container fr-pb-6w" aria-labelledby="categories-title">
        <h2 id="categories-title">{t('home.categoriesTitle')}</h2>
        {categories === null ? (
          <p aria-live="polite">{t('home.categoriesLoading')}</p>
        ) : (
          <ul className="fr-grid-row fr-grid-row--gutters boucle-plain-list" data-testid="category-tiles">
            {categories.map((category) => (
              <li className="fr-col-12 fr-col-sm-6 fr-col-md-3" key={category.id}>
                <div className="fr-tile fr-enlarge-link">
                  <div className="fr-tile__body">
                    <div className="fr-tile__content">
                      <h3 className="fr-tile__title">
                        <Link to={`/catalogue?category=${encodeURIComponent(category.id)}`}>
                          {category.label}
                        </Link>
                      </h3>
                      <p className="fr-tile__detail">
                        {category.children
                          .slice(0, 3)
                          .map((child) => child.label)
                          .join(' · ')}
                      </p>
                    </div>
                  </div>
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="fr-background-alt--grey fr-py-6w" aria-labelledby="values-title">
        <div className="fr-container">
          <h2 id="values-title">{t('home.valuesTitle')}</h2>
          <div className="fr-grid-row fr-grid-row--gutters">
            {(
              [
                ['home.value1Title', 'home.value1Text'],
                ['home.value2Title', 'home.value2Text'],
                ['home.value3Title', 'home.value3Text'],
              ] as const
            ).map(([title, text]) => (
              <div className="fr-col-12 fr-col-md-4" key={title}>
                <h3 className="fr-h5">{t(title)}</h3>
                <p>{t(text)}</p>
              </div>
            ))}
          </div>
        </div>
      </section>
    </>
  );
}
