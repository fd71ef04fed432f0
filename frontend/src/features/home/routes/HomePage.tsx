import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { SearchBar } from '../../../components/SearchBar';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import { CategoryTiles } from '../components/CategoryTiles';
import { ValueCards } from '../components/ValueCards';

/** Searches people often make, offered as shortcuts. The catalogue is in French, so they stay French. */
const POPULAR_SEARCHES = ['frigo', 'chaise de bureau', 'PC portable', 'lave-linge'] as const;

/** The home page: what Boucle is, and the catalogue entry point. */
export function HomePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('home.title'));
  const navigate = useNavigate();

  return (
    <>
      <section className="fr-container fr-pt-6w fr-pb-4w" aria-labelledby="home-title">
        <h1 id="home-title">{t('home.heroTitle')}</h1>
        <p className="fr-text--lead">{t('home.heroText')}</p>
        <SearchBar
          id="home-search-input"
          testId="home-search"
          large
          label={t('home.searchLabel')}
          placeholder={t('home.searchPlaceholder')}
          buttonLabel={t('home.searchButton')}
          onSearch={(q) => {
            void navigate(q === '' ? '/catalogue' : `/catalogue?q=${encodeURIComponent(q)}`);
          }}
        />
        <div className="fr-mt-3w">
          <p className="fr-text--sm fr-mb-1w" id="popular-searches">
            {t('home.popularTitle')}
          </p>
          <ul className="fr-tags-group" aria-labelledby="popular-searches">
            {POPULAR_SEARCHES.map((q) => (
              <li key={q}>
                <Link className="fr-tag" lang="fr" to={`/catalogue?q=${encodeURIComponent(q)}`}>
                  {q}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      </section>

      <section className="fr-container fr-pb-6w" aria-labelledby="categories-title">
        <h2 id="categories-title">{t('home.categoriesTitle')}</h2>
        <CategoryTiles />
      </section>

      <section className="fr-background-alt--grey fr-py-6w" aria-labelledby="values-title">
        <div className="fr-container">
          <h2 id="values-title">{t('home.valuesTitle')}</h2>
          <ValueCards />
        </div>
      </section>
    </>
  );
}
