import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, fieldErrorsOf, InputField, problemText, RadioGroup, type FieldErrors } from '../../../components/form';
import { parseEuros } from '../../../lib/money';
import { NEED_OUTCOMES, type NeedOutcome } from '../api/needs';
import { useEndNeed } from '../api/queries';

/** Closing a need with its outcome and amount, or cancelling it with a reason. */
export function EndNeedForm({ needId }: { needId: string }) {
  const { t } = useTranslation();
  const end = useEndNeed(needId);
  const [outcome, setOutcome] = useState<NeedOutcome>('ORDERED');
  const [amount, setAmount] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const failed = (error: unknown) => {
    const fields = fieldErrorsOf(error);
    setErrors(Object.keys(fields).length > 0 ? fields : { form: problemText(error, t('form.unexpected')) });
  };
  return (
    <div className="fr-grid-row fr-grid-row--gutters fr-mt-4w">
      <form
        className="fr-col-12 fr-col-md-6"
        onSubmit={(event) => {
          event.preventDefault();
          end.mutate({ outcome, amountCents: outcome === 'NOT_BOUGHT' || amount.trim() === '' ? null : parseEuros(amount) }, { onError: failed });
        }}
      >
        <h2 className="fr-h5">{t('needs.need.close')}</h2>
        <RadioGroup
          id="end-outcome"
          legend={t('needs.need.closeOutcome')}
          value={outcome}
          onChange={(value) => {
            setOutcome(value as NeedOutcome);
          }}
          options={NEED_OUTCOMES.map((o) => ({ value: o, label: t(`needs.outcome.${o}`) }))}
          error={errors.outcome}
        />
        {outcome !== 'NOT_BOUGHT' && (
          <InputField id="end-amount" label={t('needs.need.closeAmount')} value={amount} onChange={setAmount} inputMode="decimal" error={errors.amountCents} />
        )}
        <button type="submit" className="fr-btn fr-btn--secondary" disabled={end.isPending}>
          {t('needs.need.close')}
        </button>
      </form>
      <form
        className="fr-col-12 fr-col-md-6"
        onSubmit={(event) => {
          event.preventDefault();
          end.mutate({ reason }, { onError: failed });
        }}
      >
        <h2 className="fr-h5">{t('needs.need.cancel')}</h2>
        <InputField id="end-reason" label={t('needs.need.cancelReason')} value={reason} onChange={setReason} error={errors.reason} textarea />
        <button type="submit" className="fr-btn fr-btn--tertiary" disabled={end.isPending}>
          {t('needs.need.cancel')}
        </button>
      </form>
      {errors.form !== undefined && <Alert kind="error">{errors.form}</Alert>}
    </div>
  );
}
