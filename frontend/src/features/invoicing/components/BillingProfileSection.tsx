import './invoicing.css';
import { useEffect, useRef, useState, type SyntheticEvent } from 'react';
import { useLocation } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Alert, ErrorSummary, fieldErrorsOf, InputField, problemText, RadioGroup, type FieldErrors } from '../../../components/form';
import {
  BILLING_FIELDS,
  billingFieldName,
  VAT_REGIMES,
  type BillingField,
  type BillingProfile,
  type BillingProfileInput,
  type VatRegime,
} from '../api/invoicing';
import { useBillingProfile, useSaveBillingProfile } from '../api/queries';
import { StripeAccountBlock } from './StripeAccountBlock';

const AUTOCOMPLETE: Partial<Record<BillingField, string>> = {
  street: 'address-line1',
  postcode: 'postal-code',
  city: 'address-level2',
  electronicAddress: 'email',
};

const HINTED: readonly BillingField[] = ['vatNumber', 'iban', 'electronicAddress'];

/**
 * "Facturation" in the supplier's organisation settings: what its invoices say (VAT regime, VAT
 * number, bank account, billing address, electronic address), the fields an invoice still needs,
 * and the online payment (Stripe) status.
 */
export function BillingProfileSection({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const query = useBillingProfile();
  const location = useLocation();
  const heading = useRef<HTMLHeadingElement>(null);
  const loaded = !query.isPending;
  // Sent here to complete the profile (from an order's "issue the invoice"): bring the section into view.
  useEffect(() => {
    if (location.hash === '#facturation' && loaded) {
      // Focusing the heading scrolls to it too.
      heading.current?.focus();
    }
  }, [location.hash, loaded]);
  return (
    <section className="fr-mb-6w" aria-labelledby="section-billing" id="facturation">
      <h2 id="section-billing" ref={heading} tabIndex={-1}>
        {t('invoicing.billing.heading')}
      </h2>
      <p>{t('invoicing.billing.intro')}</p>
      {query.isError && <Alert kind="error">{problemText(query.error, t('form.unexpected'))}</Alert>}
      {query.isPending ? (
        <p aria-live="polite">{t('session.loading')}</p>
      ) : (
        !query.isError && <BillingProfileForm profile={query.data} canEdit={canEdit} />
      )}
      <StripeAccountBlock canEdit={canEdit} />
    </section>
  );
}

function BillingProfileForm({ profile, canEdit }: { profile: BillingProfile | null; canEdit: boolean }) {
  const { t } = useTranslation();
  const save = useSaveBillingProfile();
  const [vatRegime, setVatRegime] = useState<VatRegime>(profile?.vatRegime ?? 'LIABLE');
  const [values, setValues] = useState<Record<BillingField, string>>(() => {
    const initial = {} as Record<BillingField, string>;
    for (const field of BILLING_FIELDS) initial[field] = profile?.[field] ?? '';
    return initial;
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string; n: number } | null>(null);
  const missing = new Set((profile?.missing ?? []).map(billingFieldName));
  const label = (field: string) => t(`invoicing.billing.fields.${field}`, { defaultValue: field });
  const fields: Record<string, { id: string; label: string }> = { vatRegime: { id: 'billing-vatRegime', label: label('vatRegime') } };
  for (const field of BILLING_FIELDS) fields[field] = { id: `billing-${field}`, label: label(field) };
  const complete = profile !== null && profile.complete;

  async function onSubmit(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault();
    setErrors({});
    setMessage(null);
    const orNull = (value: string) => (value.trim() === '' ? null : value.trim());
    const input: BillingProfileInput = {
      vatRegime,
      vatNumber: vatRegime === 'LIABLE' ? orNull(values.vatNumber) : null,
      iban: orNull(values.iban.replace(/\s+/g, '')),
      bic: orNull(values.bic),
      accountHolder: orNull(values.accountHolder),
      street: orNull(values.street),
      postcode: orNull(values.postcode),
      city: orNull(values.city),
      electronicAddress: orNull(values.electronicAddress),
    };
    try {
      const saved = await save.mutateAsync(input);
      setMessage((previous) => ({
        kind: 'success',
        text: saved.complete ? t('invoicing.billing.savedComplete') : t('invoicing.billing.savedIncomplete'),
        n: (previous?.n ?? 0) + 1,
      }));
    } catch (error) {
      const serverErrors: FieldErrors = {};
      for (const [field, text] of Object.entries(fieldErrorsOf(error))) serverErrors[billingFieldName(field)] = text;
      if (Object.keys(serverErrors).length > 0) setErrors(serverErrors);
      else setMessage((previous) => ({ kind: 'error', text: problemText(error, t('form.unexpected')), n: (previous?.n ?? 0) + 1 }));
    }
  }

  /** A server error first; else, for a field an invoice still needs, say so. */
  const errorOf = (field: string): string | undefined =>
    errors[field] ?? (missing.has(field) ? t('invoicing.billing.neededForInvoices') : undefined);

  return (
    <div data-testid="billing-profile">
      {complete ? (
        <p className="fr-badge fr-badge--success fr-mb-2w">{t('invoicing.billing.complete')}</p>
      ) : (
        missing.size > 0 && (
          <Alert kind="warning" title={t('invoicing.billing.incomplete')} focus={false} testId="billing-missing">
            <ul>
              {[...missing].map((field) => {
                const target = fields[field];
                return <li key={field}>{target === undefined ? label(field) : <a href={`#${target.id}`}>{target.label}</a>}</li>;
              })}
            </ul>
          </Alert>
        )
      )}
      {message !== null && (
        <Alert kind={message.kind} key={message.n} testId="billing-message">
          {message.text}
        </Alert>
      )}
      <ErrorSummary errors={errors} fields={fields} />
      <form onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="billing-form-title">
        <h3 id="billing-form-title" className="fr-h5">
          {t('invoicing.billing.formTitle')}
        </h3>
        <fieldset disabled={!canEdit} className="boucle-plain-fieldset">
          <RadioGroup
            id="billing-vatRegime"
            legend={label('vatRegime')}
            options={VAT_REGIMES.map((regime) => ({ value: regime, label: t(`invoicing.billing.vatRegime.${regime}`) }))}
            value={vatRegime}
            onChange={(value) => {
              setVatRegime(value as VatRegime);
            }}
            error={errors.vatRegime}
          />
          <div className="fr-grid-row fr-grid-row--gutters">
            {BILLING_FIELDS.filter((field) => field !== 'vatNumber' || vatRegime === 'LIABLE').map((field) => (
              <div key={field} className={field === 'street' || field === 'iban' ? 'fr-col-12' : 'fr-col-12 fr-col-md-6'}>
                <InputField
                  id={`billing-${field}`}
                  label={label(field)}
                  {...(HINTED.includes(field) ? { hint: t(`invoicing.billing.hints.${field}`) } : {})}
                  {...(AUTOCOMPLETE[field] === undefined ? {} : { autoComplete: AUTOCOMPLETE[field] })}
                  value={values[field]}
                  onChange={(value) => {
                    setValues((previous) => ({ ...previous, [field]: value }));
                  }}
                  error={errorOf(field)}
                />
              </div>
            ))}
          </div>
        </fieldset>
        {canEdit ? (
          <button type="submit" className="fr-btn" disabled={save.isPending}>
            {t('invoicing.billing.save')}
          </button>
        ) : (
          <p className="fr-hint-text">{t('invoicing.billing.adminOnly')}</p>
        )}
      </form>
    </div>
  );
}
