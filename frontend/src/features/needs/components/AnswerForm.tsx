import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, ErrorSummary, fieldErrorsOf, InputField, problemText, SelectField, type FieldErrors } from '../../../components/form';
import { useAnswerNeed, useMyStock } from '../api/queries';

interface LineDraft {
  listingId: string;
  quantity: string;
}

/** A supplier's answer: listings of its stock with quantities, and/or a free-text offer; or "not for us". */
export function AnswerForm({ needId, onSent }: { needId: string; onSent?: () => void }) {
  const { t } = useTranslation();
  const stock = useMyStock(true);
  const answer = useAnswerNeed(needId);
  const [message, setMessage] = useState('');
  const [offer, setOffer] = useState('');
  const [availableOn, setAvailableOn] = useState('');
  const [lines, setLines] = useState<LineDraft[]>([{ listingId: '', quantity: '1' }]);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [sent, setSent] = useState(false);
  const options = (stock.data?.items ?? [])
    .filter((l) => l.availableQuantity > 0)
    .map((l) => ({ value: l.id, label: `${l.title} (${l.sku}) — ${t('needs.answer.available', { count: l.availableQuantity })}` }));

  const labels: Record<string, { id: string; label: string }> = {
    message: { id: 'answer-message', label: t('needs.answer.message') },
    offer: { id: 'answer-offer', label: t('needs.answer.offer') },
    availableOn: { id: 'answer-available', label: t('needs.answer.availableOn') },
    lines: { id: 'answer-line-0', label: t('needs.answer.lines') },
  };
  lines.forEach((_, i) => {
    labels[`lines[${String(i)}].listingId`] = { id: `answer-line-${String(i)}`, label: `${t('needs.answer.listing')} ${String(i + 1)}` };
    labels[`lines[${String(i)}].quantity`] = { id: `answer-qty-${String(i)}`, label: `${t('needs.answer.quantity')} ${String(i + 1)}` };
  });

  function failed(error: unknown) {
    const fields = fieldErrorsOf(error);
    setErrors(Object.keys(fields).length > 0 ? fields : { form: problemText(error, t('form.unexpected')) });
  }

  function onSubmit(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault();
    const chosen = lines.filter((l) => l.listingId !== '');
    answer.mutate(
      {
        message,
        offer: offer.trim() === '' ? null : offer,
        availableOn: availableOn === '' ? null : availableOn,
        lines: chosen.map((l) => ({ listingId: l.listingId, quantity: Number.parseInt(l.quantity, 10) || 0 })),
        partnerIds: [],
      },
      {
        onSuccess: () => {
          setSent(true);
          onSent?.();
        },
        onError: failed,
      },
    );
  }

  // Told by the page when it shows the answer (the form may go once the need is answered).
  if (sent) return onSent === undefined ? <Alert kind="success">{t('needs.answer.sent')}</Alert> : null;
  return (
    <section aria-labelledby="answer-title" className="fr-mt-4w">
      <h2 id="answer-title">{t('needs.answer.title')}</h2>
      <ErrorSummary errors={errors} fields={labels} />
      <form onSubmit={onSubmit} noValidate>
        <InputField id="answer-message" label={t('needs.answer.message')} value={message} onChange={setMessage} error={errors.message} textarea />
        <fieldset className="fr-fieldset">
          <legend className="fr-fieldset__legend">{t('needs.answer.lines')}</legend>
          {lines.map((line, i) => (
            <div className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom" key={i}>
              <div className="fr-col-12 fr-col-md-7">
                <SelectField
                  id={`answer-line-${String(i)}`}
                  label={`${t('needs.answer.listing')} ${String(i + 1)}`}
                  value={line.listingId}
                  onChange={(value) => {
                    setLines((all) => all.map((l, j) => (j === i ? { ...l, listingId: value } : l)));
                  }}
                  options={options}
                  placeholder={t('needs.form.choose')}
                  error={errors[`lines[${String(i)}].listingId`] ?? (i === 0 ? errors.lines : undefined)}
                />
              </div>
              <div className="fr-col-6 fr-col-md-3">
                <InputField
                  id={`answer-qty-${String(i)}`}
                  label={`${t('needs.answer.quantity')} ${String(i + 1)}`}
                  value={line.quantity}
                  inputMode="numeric"
                  onChange={(value) => {
                    setLines((all) => all.map((l, j) => (j === i ? { ...l, quantity: value } : l)));
                  }}
                  error={errors[`lines[${String(i)}].quantity`]}
                />
              </div>
              <div className="fr-col-6 fr-col-md-2">
                {lines.length > 1 && (
                  <button
                    type="button"
                    className="fr-btn fr-btn--tertiary fr-btn--sm fr-mb-3w"
                    onClick={() => {
                      setLines((all) => all.filter((_, j) => j !== i));
                    }}
                  >
                    {t('needs.answer.removeLine')}
                  </button>
                )}
              </div>
            </div>
          ))}
          <button
            type="button"
            className="fr-btn fr-btn--secondary fr-btn--sm fr-icon-add-line fr-btn--icon-left"
            onClick={() => {
              setLines((all) => [...all, { listingId: '', quantity: '1' }]);
            }}
          >
            {t('needs.answer.addLine')}
          </button>
        </fieldset>
        <InputField id="answer-offer" label={t('needs.answer.offer')} value={offer} onChange={setOffer} error={errors.offer} textarea />
        <InputField id="answer-available" type="date" label={t('needs.answer.availableOn')} value={availableOn} onChange={setAvailableOn} error={errors.availableOn} />
        {errors.form !== undefined && <Alert kind="error">{errors.form}</Alert>}
        <ul className="fr-btns-group fr-btns-group--inline-md">
          <li>
            <button type="submit" className="fr-btn" disabled={answer.isPending}>
              {t('needs.answer.submit')}
            </button>
          </li>
          <li>
            <button
              type="button"
              className="fr-btn fr-btn--tertiary"
              disabled={answer.isPending}
              onClick={() => {
                answer.mutate(
                  { decline: message },
                  {
                    onSuccess: () => {
                      setSent(true);
                      onSent?.();
                    },
                    onError: failed,
                  },
                );
              }}
            >
              {t('needs.need.notForUs')}
            </button>
          </li>
        </ul>
      </form>
    </section>
  );
}
