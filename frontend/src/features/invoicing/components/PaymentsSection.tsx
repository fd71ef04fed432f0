import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, ErrorSummary, fieldErrorsOf, InputField, problemText, SelectField, type FieldErrors } from '../../../components/form';
import { DataTable, type Column } from '../../../components/list/DataTable';
import { formatDate } from '../../../lib/format';
import { centsToInput, formatEuros, parseEuros } from '../../../lib/money';
import { PAYMENT_METHODS, type Invoice, type Payment, type PaymentMethod } from '../api/invoicing';
import { useRecordPayment } from '../api/queries';
import { todayIso } from './format';

/** The payments received for an invoice, and for its supplier the form that records one. */
export function PaymentsSection({ invoice }: { invoice: Invoice }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  // Said here, not in the form: the form goes once the invoice is paid in full.
  const [recorded, setRecorded] = useState<{ text: string; n: number } | null>(null);
  const columns: Column<Payment>[] = [
    { id: 'date', header: t('invoicing.payments.receivedOn'), rowHeader: true, cell: (p) => formatDate(p.receivedOn, lang) },
    { id: 'amount', header: t('invoicing.payments.amount'), className: 'boucle-amount', cell: (p) => formatEuros(p.amountCents, lang) },
    { id: 'method', header: t('invoicing.payments.method'), cell: (p) => t(`invoicing.method.${p.method}`, { defaultValue: p.method }) },
    { id: 'reference', header: t('invoicing.payments.reference'), cell: (p) => p.reference ?? '—' },
    { id: 'by', header: t('invoicing.payments.recordedBy'), cell: (p) => (p.recordedBy === 'system' ? t('common.systemActor') : (p.recordedBy ?? '—')) },
  ];
  return (
    <section className="fr-mb-6w" aria-labelledby="invoice-payments">
      <h2 id="invoice-payments" className="fr-h4">
        {t('invoicing.payments.heading')}
      </h2>
      {recorded !== null && (
        <Alert kind="success" key={recorded.n} testId="payment-recorded">
          {recorded.text}
        </Alert>
      )}
      {invoice.payments.length === 0 ? (
        <p data-testid="payments-none">{t('invoicing.payments.none')}</p>
      ) : (
        <DataTable
          testId="payments-table"
          caption={t('invoicing.payments.caption')}
          captionHidden
          columns={columns}
          rows={invoice.payments}
          rowKey={(p) => p.id}
        />
      )}
      {invoice.canRecordPayment === true && (
        <PaymentForm
          invoice={invoice}
          onRecorded={(cents) => {
            setRecorded((previous) => ({
              text: t('invoicing.payments.recorded', { amount: formatEuros(cents, lang) }),
              n: (previous?.n ?? 0) + 1,
            }));
          }}
        />
      )}
    </section>
  );
}

/** Amount in euros (read exactly into cents), date, method and reference of a payment received. */
export function PaymentForm({ invoice, onRecorded }: { invoice: Invoice; onRecorded: (amountCents: number) => void }) {
  const { t } = useTranslation();
  const record = useRecordPayment(invoice.id);
  const [amount, setAmount] = useState(invoice.dueCents > 0 ? centsToInput(invoice.dueCents) : '');
  const [receivedOn, setReceivedOn] = useState(() => todayIso());
  const [method, setMethod] = useState<PaymentMethod>('TRANSFER');
  const [reference, setReference] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<{ text: string; n: number } | null>(null);
  // Keyed by the API's field names, so the server's problem and the form's own checks read alike.
  const fields = {
    amountCents: { id: 'payment-amount', label: t('invoicing.payments.amountEuros') },
    receivedOn: { id: 'payment-date', label: t('invoicing.payments.receivedOn') },
    method: { id: 'payment-method', label: t('invoicing.payments.method') },
    reference: { id: 'payment-reference', label: t('invoicing.payments.reference') },
  };

  async function onSubmit(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(null);
    const cents = parseEuros(amount);
    const found: FieldErrors = {};
    if (cents === null || cents === 0) found.amountCents = t('invoicing.payments.amountInvalid');
    if (receivedOn === '') found.receivedOn = t('form.required');
    setErrors(found);
    if (cents === null || Object.keys(found).length > 0) return;
    try {
      await record.mutateAsync({ amountCents: cents, receivedOn, method, reference: reference.trim() });
      onRecorded(cents);
      setAmount('');
      setReference('');
    } catch (error) {
      const serverErrors = fieldErrorsOf(error);
      if (Object.keys(serverErrors).length > 0) setErrors(serverErrors);
      else setFailure((previous) => ({ text: problemText(error, t('form.unexpected')), n: (previous?.n ?? 0) + 1 }));
    }
  }

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="payment-form-title" data-testid="payment-form" className="fr-mt-4w">
      <h3 id="payment-form-title" className="fr-h5">
        {t('invoicing.payments.formTitle')}
      </h3>
      {failure !== null && (
        <Alert kind="error" key={failure.n} testId="payment-failure">
          {failure.text}
        </Alert>
      )}
      <ErrorSummary errors={errors} fields={fields} testId="payment-errors" />
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-3">
          <InputField
            id={fields.amountCents.id}
            label={fields.amountCents.label}
            hint={t('invoicing.payments.amountHint')}
            inputMode="decimal"
            required
            value={amount}
            onChange={setAmount}
            error={errors.amountCents}
          />
        </div>
        <div className="fr-col-12 fr-col-md-3">
          <InputField
            id={fields.receivedOn.id}
            label={fields.receivedOn.label}
            type="date"
            required
            value={receivedOn}
            onChange={setReceivedOn}
            error={errors.receivedOn}
          />
        </div>
        <div className="fr-col-12 fr-col-md-3">
          <SelectField
            id={fields.method.id}
            label={fields.method.label}
            value={method}
            onChange={(value) => {
              setMethod(value as PaymentMethod);
            }}
            options={PAYMENT_METHODS.map((m) => ({ value: m, label: t(`invoicing.method.${m}`) }))}
            error={errors.method}
          />
        </div>
        <div className="fr-col-12 fr-col-md-3">
          <InputField
            id={fields.reference.id}
            label={fields.reference.label}
            hint={t('invoicing.payments.referenceHint')}
            value={reference}
            onChange={setReference}
            error={errors.reference}
          />
        </div>
      </div>
      <button type="submit" className="fr-btn" disabled={record.isPending}>
        {t('invoicing.payments.submit')}
      </button>
    </form>
  );
}
