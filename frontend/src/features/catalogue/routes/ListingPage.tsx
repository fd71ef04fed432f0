import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { CategoryPicture } from '../../../components/CategoryPicture';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import { formatEuros } from '../../../lib/money';
import { useCatalogueListing } from '../api/queries';
import type { ListingDetails } from '../api/search';
import { formatDistance, formatVatRate } from '../components/format';
import { AddToCartButton } from '../../ordering';
import { USER_CONTENT_LANGUAGE, UserText } from '../../../components/UserText';
import { findCategory, useCategoriesOrFallback } from '../../../lib/categories';

/**
 * A listing's page: photos, details, prices, supplier and the depot where the goods are picked up,
 * with its distance from the buyer's service when one is chosen (?service=…).
 */
export function ListingPage() {
  const { t, i18n } = useTranslation();
  const categories = useCategoriesOrFallback(i18n.language);
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const service = params.get('service');
  const [attempt, setAttempt] = useState(0);
  const state = useCatalogueListing(id, service, attempt);

  useDocumentTitle(state.kind === 'done' ? state.listing.title : t('listing.title'));

  const back = (
    <p className="fr-mb-3w">
      <button
        type="button"
        className="fr-link fr-icon-arrow-left-line fr-link--icon-left"
        onClick={() => {
          // Back to the results as they were, when the visitor came from them.
          if (window.history.length > 1) void navigate(-1);
          else void navigate('/catalogue');
        }}
      >
        {t('listing.back')}
      </button>
    </p>
  );

  if (state.kind !== 'done') {
    return (
      <div className="fr-container fr-py-6w">
        {back}
        <div aria-live="polite" aria-busy={state.kind === 'loading'}>
          {state.kind === 'loading' && <p>{t('catalogue.loading')}</p>}
          {state.kind === 'missing' && (
            <>
              <h1>{t('listing.missingTitle')}</h1>
              <p data-testid="listing-missing">{t('listing.missingText')}</p>
              <Link className="fr-btn fr-btn--secondary" to="/catalogue">
                {t('listing.toCatalogue')}
              </Link>
            </>
          )}
          {state.kind === 'unavailable' && (
            <div className="fr-alert fr-alert--warning">
              <h1 className="fr-alert__title">{t('catalogue.unavailableTitle')}</h1>
              <p>{t('catalogue.unavailableText')}</p>
              <button
                type="button"
                className="fr-btn fr-btn--secondary fr-btn--sm fr-mt-2w"
                onClick={() => {
                  setAttempt((n) => n + 1);
                }}
              >
                {t('catalogue.retry')}
              </button>
            </div>
          )}
        </div>
      </div>
    );
  }

  const l = state.listing;
  const lang = i18n.language;
  const osm = `https://www.openstreetmap.org/?mlat=${encodeURIComponent(l.depot.latitude)}&mlon=${encodeURIComponent(l.depot.longitude)}#map=15/${l.depot.latitude}/${l.depot.longitude}`;
  const family = ['SIAE', 'EA', 'ESAT'].includes(l.supplier.insertionFamily) ? l.supplier.insertionFamily : null;
  return (
    <div className="fr-container fr-py-6w" data-testid="listing-page">
      {back}
      <nav role="navigation" className="fr-breadcrumb fr-mt-0" aria-label={t('listing.breadcrumb')}>
        <ol className="fr-breadcrumb__list">
          <li>
            <Link className="fr-breadcrumb__link" to="/catalogue">
              {t('catalogue.title')}
            </Link>
          </li>
          {l.categoryPath.map((c) => (
            <li key={c.id}>
              <Link className="fr-breadcrumb__link" to={`/catalogue?category=${encodeURIComponent(c.id)}`}>
                {findCategory(categories ?? [], c.id)?.label ?? c.label}
              </Link>
            </li>
          ))}
        </ol>
      </nav>
      <UserText as="h1">{l.title}</UserText>
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-6">
          <Gallery listing={l} />
        </div>
        <div className="fr-col-12 fr-col-md-6">
          <p className="fr-text--lead fr-mb-1w" data-testid="listing-price">
            <strong>{t('catalogue.price', { price: formatEuros(l.priceExclVatCents, lang) })}</strong>
          </p>
          <p className="fr-text--sm">
            {t('listing.inclVat', { price: formatEuros(l.priceInclVatCents, lang), rate: formatVatRate(l.vatRateBasisPoints, lang) })}
          </p>
          <ul className="fr-badges-group fr-mb-2w">
            <li>
              <p className="fr-badge fr-badge--sm fr-badge--no-icon fr-badge--green-emeraude">{t(`catalogue.condition.${l.condition}`, { defaultValue: l.condition })}</p>
            </li>
            {family !== null && (
              <li>
                <p className="fr-badge fr-badge--sm fr-badge--no-icon fr-badge--purple-glycine">{t(`catalogue.family.${family}`)}</p>
              </li>
            )}
            {l.status === 'SOLD_OUT' && (
              <li>
                <p className="fr-badge fr-badge--sm fr-badge--warning">{t('listing.soldOut')}</p>
              </li>
            )}
          </ul>
          <p>
            {l.availableQuantity > 0 ? t('listing.available', { count: l.availableQuantity }) : t('listing.unavailable')}
            {l.minimumOrderQuantity > 1 && (
              <>
                <br />
                {t('listing.minimumOrder', { count: l.minimumOrderQuantity })}
              </>
            )}
          </p>
          <div id="listing-order-slot" data-testid="listing-order-slot">
            <AddToCartButton listingId={l.id} minimumOrderQuantity={l.minimumOrderQuantity} availableQuantity={l.availableQuantity} />
          </div>
        </div>
      </div>

      <div className="fr-grid-row fr-grid-row--gutters fr-mt-4w">
        <div className="fr-col-12 fr-col-md-6">
          <h2 className="fr-h4">{t('listing.details')}</h2>
          {l.description !== '' && (
            <p lang={USER_CONTENT_LANGUAGE} style={{ whiteSpace: 'pre-line' }}>
              {l.description}
            </p>
          )}
          <dl className="boucle-details">
            {l.brand != null && <Detail term={t('listing.brand')} value={l.brand} />}
            {l.model != null && <Detail term={t('listing.model')} value={l.model} />}
            <Detail term={t('listing.condition')} value={t(`catalogue.condition.${l.condition}`, { defaultValue: l.condition })} />
            <Detail term={t('listing.origin')} value={t(`catalogue.facetValue.origin.${l.origin}`, { defaultValue: l.origin })} />
            <Detail term={t('listing.warranty')} value={l.warrantyMonths > 0 ? t('catalogue.warranty', { count: l.warrantyMonths }) : t('catalogue.noWarranty')} />
            {l.energyClass != null && <Detail term={t('listing.energyClass')} value={l.energyClass} />}
            {l.weightGrams != null && <Detail term={t('listing.weight')} value={formatWeight(l.weightGrams, lang)} />}
          </dl>
        </div>
        <div className="fr-col-12 fr-col-md-6">
          <h2 className="fr-h4">{t('listing.supplier')}</h2>
          <p>
            <UserText as="strong">{l.supplier.name}</UserText>
            <br />
            {t(`listing.insertionStatus.${l.supplier.insertionStatus}`, { defaultValue: l.supplier.insertionStatus })}
            <br />
            {t('listing.siret', { siret: l.supplier.siret })}
          </p>
          <h2 className="fr-h4">{t('listing.depot')}</h2>
          <address data-testid="listing-depot" lang={USER_CONTENT_LANGUAGE}>
            {l.depot.name}
            <br />
            {l.depot.street}
            <br />
            {l.depot.postcode} {l.depot.city}
          </address>
          {l.distanceKm != null && (
            <p className="fr-mt-1w" data-testid="listing-distance">
              {t('listing.distance', { distance: formatDistance(l.distanceKm, lang) })}
            </p>
          )}
          <p className="fr-mt-1w">
            <a className="fr-link" href={osm} target="_blank" rel="noopener noreferrer" title={t('listing.mapNewWindow')}>
              {t('listing.map')}
            </a>
          </p>
        </div>
      </div>
    </div>
  );
}

function Detail({ term, value }: { term: string; value: string }) {
  return (
    <div className="fr-mb-1w">
      <dt className="fr-text--bold fr-mb-0">{term}</dt>
      <dd className="fr-ml-0">{value}</dd>
    </div>
  );
}

/** Grams → "12,5 kg" / "850 g"; integer arithmetic, display only. */
function formatWeight(grams: number, language: string): string {
  const locale = language.startsWith('en') ? 'en-GB' : 'fr-FR';
  if (grams < 1000) return `${new Intl.NumberFormat(locale).format(grams)}\u00a0g`;
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(grams / 1000)}\u00a0kg`;
}

/** The listing's photos: one large, the others as thumbnails to choose from; its category's pictogram when none. */
function Gallery({ listing }: { listing: ListingDetails }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(0);
  const photos = listing.photos;
  const currentIndex = Math.min(shown, photos.length - 1);
  const current = photos[currentIndex];
  if (current === undefined) {
    const ids = listing.categoryPath.map((c) => c.id);
    return <CategoryPicture categoryId={ids.at(-1) ?? ''} path={ids.slice(0, -1)} />;
  }
  return (
    <div data-testid="listing-gallery">
      {/* A photo shows the object for sale (RGAA 1.3): one without a description still says which it is. */}
      <img
        className="boucle-photo"
        src={current.largeUrl}
        alt={current.alt.trim() === '' ? t('listing.photoFallback', { index: currentIndex + 1, title: listing.title }) : current.alt}
      />
      {photos.length > 1 && (
        <ul className="boucle-plain-list fr-grid-row fr-grid-row--gutters fr-mt-1w" aria-label={t('listing.photos')}>
          {photos.map((p, index) => (
            <li key={p.thumbUrl} className="fr-col-3">
              <button
                type="button"
                aria-pressed={index === shown}
                aria-label={t('listing.showPhoto', { index: index + 1, count: photos.length })}
                onClick={() => {
                  setShown(index);
                }}
                style={{ padding: 0, border: index === shown ? '2px solid var(--border-action-high-blue-france)' : '2px solid transparent' }}
              >
                <img className="boucle-photo" src={p.thumbUrl} alt="" />
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
