import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, ErrorSummary, fieldErrorsOf, InputField, problemText, RadioGroup, type FieldErrors } from '../../../components/form';
import { formatDateTime } from '../../../lib/format';
import { codedText } from '../../../lib/problems';
import { DataTable, type Column } from '../../../components/list/DataTable';
import { Pager } from '../../../components/list/Pager';
import { pageCount } from '../../../lib/page';
import { useMovements } from '../api/queries';
import { moveStock, type ListingView, type Movement } from '../api/stock';

const PAGE_SIZE = 10;
const KINDS = ['RECEIVED', 'SOLD', 'ADJUSTED'] as const;

/** A listing's stock ledger, newest first and paged, with a form to record a movement. */
export function LedgerSection({ listing, onChanged }: { listing: ListingView; onChanged: (view: ListingView) => void }) {
  const { t, i18n } = useTranslation();
  const [page, setPage] = useState(0);
  const movements = useMovements(listing.id, listing.version, page, PAGE_SIZE);
  const data = movements.data;

  const columns: Column<Movement>[] = [
    { id: 'when', header: t('stockListing.when'), cell: (m) => formatDateTime(m.at, i18n.language) },
    { id: 'kind', header: t('stockListing.movement'), cell: (m) => t(`movementKind.${m.kind}`, { defaultValue: m.kind }) },
    {
      id: 'quantity',
      header: t('stockListing.quantity'),
      className: 'boucle-amount',
      cell: (m) => (m.quantity > 0 ? `+${String(m.quantity)}` : String(m.quantity)),
    },
    { id: 'actor', header: t('stockListing.actor'), cell: (m) => (m.actor === 'system' ? t('common.systemActor') : m.actor) },
    {
      id: 'reason',
      header: t('stockListing.reason'),
      cell: (m) => codedText({ code: m.reasonCode ?? undefined, params: m.reasonParams }, m.reason ?? '—'),
    },
  ];

  const pages = data === undefined ? 1 : pageCount(data.total, PAGE_SIZE);
  return (
    <section className="fr-mt-6w" aria-labelledby="ledger-title" id="mouvements">
      <h2 id="ledger-title">{t('stockListing.ledger')}</h2>
      <p data-testid="listing-available">
        {t('stockListing.available', { available: listing.availableQuantity, reserved: listing.reservedQuantity })}
      </p>
      <MovementForm listing={listing} onChanged={onChanged} />
      {movements.isError ? (
        <Alert kind="error" focus={false}>
          {t('form.unexpected')}
        </Alert>
      ) : data === undefined ? (
        <p aria-live="polite">{t('session.loading')}</p>
      ) : data.items.length === 0 ? (
        <p>{t('stockListing.ledgerEmpty')}</p>
      ) : (
        <>
          <DataTable
            testId="ledger-table"
            caption={t('stockListing.ledgerCaption', { page: page + 1, pages })}
            columns={columns}
            rows={data.items}
            rowKey={(m) => String(m.id)}
          />
          {pages > 1 && (
            <Pager
              page={page + 1}
              pages={pages}
              label={t('stockListing.ledgerPagination')}
              onPage={(target) => {
                setPage(target - 1);
              }}
            />
          )}
        </>
      )}
    </section>
  );
}

function MovementForm({ listing, onChanged }: { listing: ListingView; onChanged: (view: ListingView) => void }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<string>('RECEIVED');
  const [quantity, setQuantity] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string; n: number } | null>(null);
  const [busy, setBusy] = useState(false);
  const fields = {
    kind: { id: 'movement-kind', label: t('stockListing.movementKind') },
    quantity: { id: 'movement-quantity', label: t('stockListing.movementQuantity') },
    reason: { id: 'movement-reason', label: t('stockListing.movementReason') },
  };

  async function onSubmit(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault();
    setMessage(null);
    const trimmed = quantity.trim();
    if (!/^-?\d{1,9}$/.test(trimmed)) {
      setErrors({ quantity: t('stockListing.invalidInteger') });
      return;
    }
    setBusy(true);
    try {
      const view = await moveStock(listing.id, {
        kind: kind as 'RECEIVED' | 'SOLD' | 'ADJUSTED',
        quantity: Number.parseInt(trimmed, 10),
        reason: reason.trim() === '' ? null : reason.trim(),
      });
      setErrors({});
      setQuantity('');
      setReason('');
      setMessage((p) => ({ kind: 'success', text: t('stockListing.movementRecorded', { available: view.availableQuantity }), n: (p?.n ?? 0) + 1 }));
      onChanged(view);
    } catch (error) {
      const found = fieldErrorsOf(error);
      if (Object.keys(found).length > 0) setErrors(found);
      else setMessage((p) => ({ kind: 'error', text: problemText(error, t('form.unexpected')), n: (p?.n ?? 0) + 1 }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="movement-title" className="fr-mb-4w">
      <h3 className="fr-h5" id="movement-title">
        {t('stockListing.movementForm')}
      </h3>
      {message !== null && (
        <Alert kind={message.kind} key={message.n} testId="movement-message">
          {message.text}
        </Alert>
      )}
      <ErrorSummary errors={errors} fields={fields} />
      <RadioGroup
        id="movement-kind"
        legend={fields.kind.label}
        inline
        options={KINDS.map((k) => ({ value: k, label: t(`movementKind.${k}`) }))}
        value={kind}
        onChange={setKind}
        error={errors.kind}
      />
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-4">
          <InputField
            id="movement-quantity"
            label={fields.quantity.label}
            hint={t('stockListing.movementQuantityHint')}
            inputMode="numeric"
            value={quantity}
            onChange={setQuantity}
            error={errors.quantity}
          />
        </div>
        <div className="fr-col-12 fr-col-md-8">
          <InputField
            id="movement-reason"
            label={fields.reason.label}
            hint={t('stockListing.movementReasonHint')}
            value={reason}
            onChange={setReason}
            error={errors.reason}
          />
        </div>
      </div>
      <button type="submit" className="fr-btn fr-btn--secondary" disabled={busy}>
        {t('stockListing.recordMovement')}
      </button>
    </form>
  );
}
