import { useEffect, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, ErrorSummary, fieldErrorsOf, InputField, problemText, RadioGroup, type FieldErrors } from '../../../components/form';
import { formatDateTime } from '../../../lib/format';
import { fetchMovements, moveStock, type ListingView, type Movement, type Page } from '../api/stock';

const PAGE_SIZE = 10;
const KINDS = ['RECEIVED', 'SOLD', 'ADJUSTED'] as const;

/** A listing's stock ledger, newest first and paged, with a form to record a movement. */
export function LedgerSection({ listing, onChanged }: { listing: ListingView; onChanged: (view: ListingView) => void }) {
  const { t, i18n } = useTranslation();
  const [page, setPage] = useState(0);
  // The ledger is read again whenever the listing's version moves (a save, a movement).
  const requestKey = `${listing.id}#${String(listing.version)}#${String(page)}`;
  const [outcome, setOutcome] = useState<{ key: string; data: Page<Movement> | null } | null>(null);
  const data = outcome?.key === requestKey ? outcome.data : undefined;

  useEffect(() => {
    const controller = new AbortController();
    const key = `${listing.id}#${String(listing.version)}#${String(page)}`;
    fetchMovements(listing.id, page, PAGE_SIZE, controller.signal)
      .then((answer) => {
        if (!controller.signal.aborted) setOutcome({ key, data: answer });
      })
      .catch(() => {
        if (!controller.signal.aborted) setOutcome({ key, data: null });
      });
    return () => {
      controller.abort();
    };
  }, [listing.id, listing.version, page]);

  const pages = data === undefined || data === null ? 1 : Math.max(1, Math.ceil(data.total / PAGE_SIZE));
  return (
    <section className="fr-mt-6w" aria-labelledby="ledger-title" id="mouvements">
      <h2 id="ledger-title">{t('stockListing.ledger')}</h2>
      <p data-testid="listing-available">
        {t('stockListing.available', { available: listing.availableQuantity, reserved: listing.reservedQuantity })}
      </p>
      <MovementForm listing={listing} onChanged={onChanged} />
      {data === undefined ? (
        <p aria-live="polite">{t('session.loading')}</p>
      ) : data === null ? (
        <Alert kind="error" focus={false}>
          {t('form.unexpected')}
        </Alert>
      ) : data.items.length === 0 ? (
        <p>{t('stockListing.ledgerEmpty')}</p>
      ) : (
        <>
          <div className="fr-table" data-testid="ledger-table">
            <div className="fr-table__wrapper">
              <div className="fr-table__container">
                <div className="fr-table__content">
                  <table>
                    <caption>{t('stockListing.ledgerCaption', { page: page + 1, pages })}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('stockListing.when')}</th>
                        <th scope="col">{t('stockListing.movement')}</th>
                        <th scope="col">{t('stockListing.quantity')}</th>
                        <th scope="col">{t('stockListing.actor')}</th>
                        <th scope="col">{t('stockListing.reason')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {data.items.map((m) => (
                        <tr key={m.id}>
                          <td>{formatDateTime(m.at, i18n.language)}</td>
                          <td>{t(`movementKind.${m.kind}`, { defaultValue: m.kind })}</td>
                          <td className="boucle-amount">{m.quantity > 0 ? `+${String(m.quantity)}` : String(m.quantity)}</td>
                          <td>{m.actor}</td>
                          <td>{m.reason ?? '—'}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </div>
            </div>
          </div>
          {pages > 1 && (
            <nav role="navigation" className="fr-pagination" aria-label={t('stockListing.ledgerPagination')}>
              <ul className="fr-pagination__list">
                <li>
                  <button
                    type="button"
                    className="fr-pagination__link fr-pagination__link--prev fr-pagination__link--lg-label"
                    disabled={page <= 0}
                    onClick={() => {
                      setPage((p) => p - 1);
                    }}
                  >
                    {t('stock.previous')}
                  </button>
                </li>
                <li>
                  <span className="fr-pagination__link" aria-current="page">
                    {t('audit.pageOf', { page: page + 1, pages })}
                  </span>
                </li>
                <li>
                  <button
                    type="button"
                    className="fr-pagination__link fr-pagination__link--next fr-pagination__link--lg-label"
                    disabled={page + 1 >= pages}
                    onClick={() => {
                      setPage((p) => p + 1);
                    }}
                  >
                    {t('stock.next')}
                  </button>
                </li>
              </ul>
            </nav>
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
