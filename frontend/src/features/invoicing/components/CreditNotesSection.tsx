import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { Alert, ErrorSummary, fieldErrorsOf, InputField, problemText, type FieldErrors } from '../../../components/form';
import { formatDate } from '../../../lib/format';
import { formatEuros } from '../../../lib/money';
import type { Invoice } from '../api/invoicing';
import { useIssueCreditNote } from '../api/queries';

/** The credit notes that correct an invoice, and for its supplier the form that issues one. */
export function CreditNotesSection({ invoice }: { invoice: Invoice }) {
  const { t, i18n } = useTranslation();
  if (invoice.kind !== 'INVOICE' || (invoice.creditNotes.length === 0 && invoice.canCreditNote !== true)) return null;
  return (
    <section className="fr-mb-6w" aria-labelledby="invoice-credit-notes">
      <h2 id="invoice-credit-notes" className="fr-h4">
        {t('invoicing.creditNotes.heading')}
      </h2>
      {invoice.creditNotes.length === 0 ? (
        <p>{t('invoicing.creditNotes.none')}</p>
      ) : (
        <ul data-testid="credit-notes">
          {invoice.creditNotes.map((note) => (
            <li key={note.id}>
              {t('invoicing.creditNotes.item', {
                date: formatDate(note.issueDate, i18n.language),
                amount: formatEuros(note.totalInclVatCents, i18n.language),
              })}{' '}
              <Link to={`/factures/${note.id}`}>{t('invoicing.creditNoteNumber', { number: note.number })}</Link>
            </li>
          ))}
        </ul>
      )}
      {invoice.canCreditNote === true && <CreditNoteForm invoice={invoice} />}
    </section>
  );
}

function CreditNoteForm({ invoice }: { invoice: Invoice }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const issue = useIssueCreditNote(invoice.id);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<{ text: string; n: number } | null>(null);
  const [confirming, setConfirming] = useState(false);
  const fields = { reason: { id: 'credit-note-reason', label: t('invoicing.creditNotes.reason') } };

  function onSubmit(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(null);
    if (reason.trim() === '') {
      setErrors({ reason: t('invoicing.creditNotes.reasonRequired') });
      return;
    }
    setErrors({});
    setConfirming(true);
  }

  async function confirm() {
    try {
      const note = await issue.mutateAsync(reason.trim());
      setConfirming(false);
      void navigate(`/factures/${note.id}`, { state: { issued: note.number } });
    } catch (error) {
      setConfirming(false);
      const serverErrors = fieldErrorsOf(error);
      if (Object.keys(serverErrors).length > 0) setErrors(serverErrors);
      else setFailure((previous) => ({ text: problemText(error, t('form.unexpected')), n: (previous?.n ?? 0) + 1 }));
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="credit-note-form-title" className="fr-mt-3w" data-testid="credit-note-form">
      <h3 id="credit-note-form-title" className="fr-h5">
        {t('invoicing.creditNotes.formTitle')}
      </h3>
      <p className="fr-hint-text">{t('invoicing.creditNotes.formHint')}</p>
      {failure !== null && (
        <Alert kind="error" key={failure.n}>
          {failure.text}
        </Alert>
      )}
      <ErrorSummary errors={errors} fields={fields} />
      <InputField id={fields.reason.id} label={fields.reason.label} textarea required value={reason} onChange={setReason} error={errors.reason} />
      <button type="submit" className="fr-btn fr-btn--secondary">
        {t('invoicing.creditNotes.issue')}
      </button>
      {confirming && (
        <ConfirmDialog
          title={t('invoicing.creditNotes.confirmTitle', { number: invoice.number })}
          confirmLabel={t('invoicing.creditNotes.confirm')}
          busy={issue.isPending}
          onConfirm={() => void confirm()}
          onClose={() => {
            setConfirming(false);
          }}
          testId="credit-note-dialog"
        >
          <p>{t('invoicing.creditNotes.confirmText', { amount: formatEuros(invoice.totalInclVatCents, i18n.language) })}</p>
          <p className="fr-text--sm">« {reason.trim()} »</p>
        </ConfirmDialog>
      )}
    </form>
  );
}
