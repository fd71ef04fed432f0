import { useMemo, useRef, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, ErrorSummary, fieldErrorsOf, InputField, problemText, SelectField } from '../../../components/form';
import { formatDate } from '../../../lib/format';
import { evidencePath, useDeclarableLots, useDeclareHours, useMyDeclarations } from '../api/inclusion';
import { StatusBadge } from './InclusionPanel';
import { USER_CONTENT_LANGUAGE } from '../../../components/UserText';

const FIELDS = {
  lotId: 'hours-lot',
  periodIndex: 'hours-period',
  hours: 'hours-count',
  comment: 'hours-comment',
  evidence: 'hours-evidence',
} as const;

/** The supplier declares insertion hours on a lot with a social clause, and follows its declarations. */
export function HoursDeclarationForm() {
  const { t, i18n } = useTranslation();
  const lots = useDeclarableLots();
  const mine = useMyDeclarations();
  const declare = useDeclareHours();
  const [lotId, setLotId] = useState('');
  const [periodIndex, setPeriodIndex] = useState('');
  const [hours, setHours] = useState('');
  const [comment, setComment] = useState('');
  const [evidence, setEvidence] = useState<File | null>(null);
  const [done, setDone] = useState(0);
  const fileInput = useRef<HTMLInputElement>(null);
  // One object per failure: the error summary takes focus each time it changes.
  const errors = useMemo(() => fieldErrorsOf(declare.error), [declare.error]);
  const lot = lots.data?.find((l) => l.lotId === lotId);
  const label = (key: string) => t(`reporting.inclusion.sales.${key}`);

  function submit(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault();
    declare.mutate(
      { lotId, periodIndex, hours, comment, evidence },
      {
        onSuccess: () => {
          setHours('');
          setComment('');
          setEvidence(null);
          if (fileInput.current !== null) fileInput.current.value = '';
          setDone((n) => n + 1);
        },
      },
    );
  }

  return (
    <section aria-labelledby="declare-title" className="fr-mt-6w">
      <h2 id="declare-title">{label('declareTitle')}</h2>
      <p className="fr-text--sm">{label('declareIntro')}</p>
      {lots.data?.length === 0 ? (
        <p>{label('noLots')}</p>
      ) : (
        <form onSubmit={submit} noValidate data-testid="hours-form">
          <ErrorSummary
            errors={errors}
            fields={Object.fromEntries(Object.entries(FIELDS).map(([field, id]) => [field, { id, label: label(field === 'lotId' ? 'lot' : field === 'periodIndex' ? 'period' : field) }]))}
          />
          {declare.isError && Object.keys(errors).length === 0 && <Alert kind="error">{problemText(declare.error, t('reporting.inclusion.error'))}</Alert>}
          {done > 0 && !declare.isError && (
            <Alert key={done} kind="success">
              {label('declared')}
            </Alert>
          )}
          <SelectField
            id={FIELDS.lotId}
            label={label('lot')}
            value={lotId}
            onChange={(value) => {
              setLotId(value);
              setPeriodIndex('');
            }}
            placeholder={label('choose')}
            required
            error={errors.lotId}
            options={(lots.data ?? []).map((l) => ({ value: l.lotId, label: t('ordering.lotLabel', { reference: l.agreementReference, number: l.lotNumber, title: l.lotTitle }), lang: USER_CONTENT_LANGUAGE }))}
          />
          <SelectField
            id={FIELDS.periodIndex}
            label={label('period')}
            value={periodIndex}
            onChange={setPeriodIndex}
            placeholder={label('choose')}
            required
            error={errors.periodIndex}
            options={(lot?.periods ?? []).map((p) => ({
              value: String(p.periodIndex),
              label: t('reporting.inclusion.periodRange', { index: p.periodIndex, from: formatDate(p.startsOn, i18n.language), to: formatDate(p.endsOn, i18n.language) }),
            }))}
          />
          <InputField id={FIELDS.hours} label={label('hours')} value={hours} onChange={setHours} inputMode="numeric" required error={errors.hours} />
          <InputField id={FIELDS.comment} label={label('comment')} value={comment} onChange={setComment} textarea error={errors.comment} />
          <div className={`fr-upload-group fr-mb-3w${errors.evidence === undefined ? '' : ' fr-input-group--error'}`}>
            <label className="fr-label" htmlFor={FIELDS.evidence}>
              {label('evidence')}
              <span className="fr-hint-text">{label('evidenceHint')}</span>
            </label>
            <input
              ref={fileInput}
              id={FIELDS.evidence}
              className="fr-upload"
              type="file"
              accept="application/pdf,image/jpeg,image/png"
              aria-required="true"
              aria-describedby={errors.evidence === undefined ? undefined : `${FIELDS.evidence}-error`}
              onChange={(e) => {
                setEvidence(e.target.files?.[0] ?? null);
              }}
            />
            {errors.evidence !== undefined && (
              <p className="fr-error-text" id={`${FIELDS.evidence}-error`}>
                {errors.evidence}
              </p>
            )}
          </div>
          <button type="submit" className="fr-btn" disabled={declare.isPending}>
            {label('submit')}
          </button>
        </form>
      )}
      <h3 className="fr-mt-4w">{label('myDeclarations')}</h3>
      {mine.data?.items.length === 0 && <p>{label('none')}</p>}
      {mine.data !== undefined && mine.data.items.length > 0 && (
        <div className="fr-table fr-table--sm">
          <table data-testid="my-declarations" tabIndex={0}>
            <caption>{label('myDeclarations')}</caption>
            <thead>
              <tr>
                <th scope="col">{label('lot')}</th>
                <th scope="col">{label('period')}</th>
                <th scope="col">{t('reporting.inclusion.columns.hours')}</th>
                <th scope="col">{t('reporting.inclusion.columns.declaredAt')}</th>
                <th scope="col">{t('reporting.inclusion.columns.evidence')}</th>
                <th scope="col">{t('reporting.inclusion.columns.status')}</th>
              </tr>
            </thead>
            <tbody>
              {mine.data.items.map((d) => (
                <tr key={d.id}>
                  <td>{`${d.agreementReference} — lot ${String(d.lotNumber)}`}</td>
                  <td>{t('reporting.inclusion.periodRange', { index: d.periodIndex, from: formatDate(d.periodStartsOn, i18n.language), to: formatDate(d.periodEndsOn, i18n.language) })}</td>
                  <td>{d.hours}</td>
                  <td>{formatDate(d.declaredAt, i18n.language)}</td>
                  <td>
                    <a href={evidencePath(d.id)} download>
                      {t('reporting.inclusion.download', { name: d.evidenceFileName })}
                    </a>
                  </td>
                  <td>
                    <StatusBadge status={d.status} />
                    {typeof d.rejectionReason === 'string' && <p className="fr-text--xs fr-mb-0">{t('reporting.inclusion.sales.reason', { reason: d.rejectionReason })}</p>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
