import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router-dom';
import { Alert, problemText } from '../../../components/form';
import { RequireSession } from '../../../components/RequireSession';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import { useListing, useListingSaved } from '../api/queries';
import { changeStatus, type ListingView } from '../api/stock';
import { LedgerSection } from '../components/LedgerSection';
import { ListingForm } from '../components/ListingForm';
import { ListingStatusBadge } from '../components/StatusBadge';
import { PhotoManager } from '../components/PhotoManager';
import { leafGroups, useCategoryTree, useDepots } from '../components/useStockReferences';
import { SUPPLIER_ROLES } from './StockPage';

/** /stock/nouvelle (create) and /stock/:id (edit, publication, photos, stock ledger). */
export function ListingPage() {
  const { id } = useParams();
  return (
    <RequireSession anyRole={SUPPLIER_ROLES}>
      {id === undefined ? <NewListing /> : <ExistingListing key={id} id={id} />}
    </RequireSession>
  );
}

function useReferences() {
  const { i18n } = useTranslation();
  const tree = useCategoryTree(i18n.language);
  const categories = useMemo(() => leafGroups(tree), [tree]);
  const depots = useDepots();
  return { categories, depots };
}

function BackLink() {
  const { t } = useTranslation();
  return (
    <Link className="fr-link fr-icon-arrow-left-line fr-link--icon-left" to="/stock">
      {t('stock.back')}
    </Link>
  );
}

function NewListing() {
  const { t } = useTranslation();
  useDocumentTitle(t('stockListing.newTitle'));
  const navigate = useNavigate();
  const { categories, depots } = useReferences();
  return (
    <div className="fr-container fr-py-6w">
      <BackLink />
      <h1 className="fr-mt-2w">{t('stockListing.newTitle')}</h1>
      <ListingForm
        listing={null}
        categories={categories}
        depots={depots}
        onCreated={(view) => {
          void navigate(`/stock/${view.id}`, { state: { created: view.title } });
        }}
        onSaved={() => undefined}
      />
    </div>
  );
}

function ExistingListing({ id }: { id: string }) {
  const { t } = useTranslation();
  const location = useLocation();
  const created = (location.state as { created?: string } | null)?.created;
  const { categories, depots } = useReferences();
  const loaded = useListing(id);
  // What the server answers to a save, a publication or a movement replaces the listing everywhere it is cached.
  const replace = useListingSaved();
  useDocumentTitle(loaded.data === undefined ? t('session.loading') : t('stockListing.editTitle', { title: loaded.data.title }));

  if (loaded.isPending) {
    return (
      <div className="fr-container fr-py-6w">
        <p aria-live="polite">{t('session.loading')}</p>
      </div>
    );
  }
  if (loaded.isError) {
    return (
      <div className="fr-container fr-py-6w">
        <BackLink />
        <h1 className="fr-mt-2w">{t('stockListing.loadFailed')}</h1>
        <p>{problemText(loaded.error, t('stockListing.loadFailed'))}</p>
      </div>
    );
  }
  const listing = loaded.data;
  return (
    <div className="fr-container fr-py-6w">
      <BackLink />
      <h1 className="fr-mt-2w">{t('stockListing.editTitle', { title: listing.title })}</h1>
      {created !== undefined && (
        <Alert kind="success" testId="listing-created">
          {t('stockListing.created', { title: created })}
        </Alert>
      )}
      <StatusSection listing={listing} onChanged={replace} />
      <ListingForm listing={listing} categories={categories} depots={depots} onCreated={replace} onSaved={replace} />
      <div className="fr-mt-6w" id="photos">
        <PhotoManager listingId={listing.id} />
      </div>
      <LedgerSection listing={listing} onChanged={replace} />
    </div>
  );
}

function StatusSection({ listing, onChanged }: { listing: ListingView; onChanged: (view: ListingView) => void }) {
  const { t } = useTranslation();
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string; n: number } | null>(null);
  const [busy, setBusy] = useState(false);

  async function change(status: 'DRAFT' | 'PUBLISHED' | 'ARCHIVED') {
    setBusy(true);
    try {
      const view = await changeStatus(listing.id, status);
      setMessage((p) => ({ kind: 'success', text: t('stockListing.statusChanged', { status: t(`listingStatus.${view.status}`) }), n: (p?.n ?? 0) + 1 }));
      onChanged(view);
    } catch (error) {
      setMessage((p) => ({ kind: 'error', text: problemText(error, t('form.unexpected')), n: (p?.n ?? 0) + 1 }));
    } finally {
      setBusy(false);
    }
  }

  const actions: { status: 'DRAFT' | 'PUBLISHED' | 'ARCHIVED'; label: string; secondary: boolean }[] = [];
  if (listing.status === 'DRAFT' || listing.status === 'ARCHIVED') actions.push({ status: 'PUBLISHED', label: t('stockListing.publish'), secondary: false });
  if (listing.status === 'PUBLISHED' || listing.status === 'SOLD_OUT') actions.push({ status: 'DRAFT', label: t('stockListing.unpublish'), secondary: true });
  if (listing.status !== 'ARCHIVED') actions.push({ status: 'ARCHIVED', label: t('stockListing.archive'), secondary: true });

  return (
    <section className="fr-mb-4w" aria-labelledby="status-title" id="publication">
      <h2 id="status-title" className="fr-h4">
        {t('stockListing.statusTitle')}
      </h2>
      {message !== null && (
        <Alert kind={message.kind} key={message.n} testId="status-message">
          {message.text}
        </Alert>
      )}
      <div className="boucle-status-line">
        <span>{t('stockListing.currentStatus')}</span> <ListingStatusBadge status={listing.status} testId="listing-status" />
      </div>
      <ul className="fr-btns-group fr-btns-group--inline-sm fr-mt-2w">
        {actions.map((a) => (
          <li key={a.status}>
            <button
              type="button"
              className={`fr-btn fr-btn--sm${a.secondary ? ' fr-btn--secondary' : ''}`}
              disabled={busy}
              onClick={() => void change(a.status)}
            >
              {a.label}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
