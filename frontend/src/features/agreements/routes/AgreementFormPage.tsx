import '../../../components/procurement.css';
import { useEffect, useMemo, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { Alert, ErrorSummary, fieldErrorsOf, InputField, problemText, SelectField, type FieldErrors } from '../../../components/form';
import { nextMessageKey } from '../api/sequence';
import { RequireSession } from '../../../components/RequireSession';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import { useCategories } from '../../../lib/categories';
import { createAgreement, fetchAgreement, PROCEDURES, replaceAgreement } from '../api/agreements';
import { draftOf, emptyLot, flatten, toRequest, type AgreementDraft, type LotDraft } from '../components/agreementDraft';
import { LotFields } from '../components/LotFields';

/** /accords-cadres/nouveau and /accords-cadres/:id/modifier (drafts only): the agreement and its lots. */
export function AgreementFormPage() {
  return (
    <RequireSession role="BUYER_ADMIN">
      <AgreementForm />
    </RequireSession>
  );
}

function AgreementForm() {
  const { t, i18n } = useTranslation();
  const { id } = useParams();
  const navigate = useNavigate();
  const editing = id !== undefined;
  useDocumentTitle(editing ? t('agreements.form.editTitle') : t('agreements.form.createTitle'));
  const [draft, setDraft] = useState<AgreementDraft | null>(
    editing
      ? null
      : { reference: '', title: '', procedure: 'ADAPTED_PROCEDURE', launchedOn: '', startDate: '', initialEndDate: '', renewalCount: '0', renewalMonths: '12', lots: [emptyLot(1)] },
  );
  const tree = useCategories(i18n.language).data;
  const categories = useMemo(() => flatten(tree ?? []), [tree]);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<{ text: string; key: number } | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (id === undefined) return;
    fetchAgreement(id)
      .then((view) => {
        setDraft(draftOf(view));
      })
      .catch((e: unknown) => {
        setFailure({ text: problemText(e, t('form.unexpected')), key: nextMessageKey() });
      });
  }, [id, t]);

  if (draft === null) {
    return (
      <div className="fr-container fr-py-6w">
        {failure !== null && <Alert kind="error">{failure.text}</Alert>}
        <p aria-live="polite">{t('session.loading')}</p>
      </div>
    );
  }
  const current = draft;

  function set(patch: Partial<AgreementDraft>) {
    setDraft({ ...current, ...patch });
  }
  function setLot(index: number, patch: Partial<LotDraft>) {
    setDraft({ ...current, lots: current.lots.map((lot, i) => (i === index ? { ...lot, ...patch } : lot)) });
  }

  async function onSubmit(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault();
    const { body, errors: local } = toRequest(current, t('agreements.form.invalidAmount'), t('agreements.form.invalidPercent'));
    if (Object.keys(local).length > 0) {
      setErrors(local);
      return;
    }
    setSaving(true);
    setFailure(null);
    try {
      const saved = id !== undefined ? await replaceAgreement(id, body) : await createAgreement(body);
      void navigate(`/accords-cadres/${saved.id}`);
    } catch (e) {
      const fieldErrors: FieldErrors = fieldErrorsOf(e);
      setErrors(fieldErrors);
      if (Object.keys(fieldErrors).length === 0) setFailure({ text: problemText(e, t('form.unexpected')), key: nextMessageKey() });
    } finally {
      setSaving(false);
    }
  }

  const summaryFields: Record<string, { id: string; label: string }> = {
    reference: { id: 'agreement-reference', label: t('agreements.field.reference') },
    title: { id: 'agreement-title', label: t('agreements.field.title') },
    procedure: { id: 'agreement-procedure', label: t('agreements.field.procedure') },
    launchedOn: { id: 'agreement-launched', label: t('agreements.field.launchedOn') },
    startDate: { id: 'agreement-start', label: t('agreements.field.startDate') },
    initialEndDate: { id: 'agreement-end', label: t('agreements.field.initialEndDate') },
    renewalCount: { id: 'agreement-renewals', label: t('agreements.field.renewalCount') },
    renewalMonths: { id: 'agreement-renewal-months', label: t('agreements.field.renewalMonths') },
  };
  current.lots.forEach((_, i) => {
    const n = String(i);
    const lotName = t('agreements.form.lotN', { n: i + 1 });
    for (const [field, suffix, key] of [
      ['number', 'number', 'number'],
      ['title', 'title', 'lotTitle'],
      ['categoryIds', 'categories', 'categories'],
      ['reservation', 'reservation', 'reservation'],
      ['supplierIds', 'suppliers', 'suppliers'],
      ['minimumExclVatCents', 'minimum', 'minimum'],
      ['maximumExclVatCents', 'maximum', 'maximum'],
      ['discountBasisPoints', 'discount', 'discount'],
      ['unitPrices', 'unit-prices', 'unitPrices'],
      ['insertionHoursTarget', 'insertion', 'insertionHoursTarget'],
      ['environmentalClause', 'environment', 'environmentalClause'],
      ['platformCommissionBp', 'commission', 'platformCommission'],
    ] as const) {
      summaryFields[`lots[${n}].${field}`] = { id: `lot-${n}-${suffix}`, label: `${lotName} — ${t(`agreements.field.${key}`)}` };
    }
  });
  const lotError = (index: number, field: string): string | undefined => {
    const prefix = `lots[${String(index)}].${field}`;
    const direct = errors[prefix];
    if (direct !== undefined) return direct;
    const nested = Object.entries(errors).find(([k]) => k.startsWith(`${prefix}[`));
    return nested?.[1];
  };

  return (
    <div className="fr-container fr-py-6w">
      <p className="fr-mb-1w">
        <Link to={id !== undefined ? `/accords-cadres/${id}` : '/accords-cadres'}>{t('agreements.detail.back')}</Link>
      </p>
      <h1>{editing ? t('agreements.form.editTitle') : t('agreements.form.createTitle')}</h1>
      {failure !== null && (
        <Alert kind="error" key={failure.key}>
          {failure.text}
        </Alert>
      )}
      <ErrorSummary errors={errors} fields={summaryFields} testId="agreement-errors" />
      <form onSubmit={(e) => void onSubmit(e)} noValidate data-testid="agreement-form">
        <InputField id="agreement-reference" label={t('agreements.field.reference')} value={current.reference} onChange={(v) => { set({ reference: v }); }} error={errors.reference} required />
        <InputField id="agreement-title" label={t('agreements.field.title')} value={current.title} onChange={(v) => { set({ title: v }); }} error={errors.title} required />
        <SelectField
          id="agreement-procedure"
          label={t('agreements.field.procedure')}
          value={current.procedure}
          onChange={(v) => { set({ procedure: v }); }}
          options={PROCEDURES.map((p) => ({ value: p, label: t(`agreements.procedure.${p}`) }))}
          error={errors.procedure}
          required
        />
        <div className="fr-grid-row fr-grid-row--gutters">
          <div className="fr-col-12 fr-col-md-4">
            <InputField id="agreement-launched" type="date" label={t('agreements.field.launchedOn')} value={current.launchedOn} onChange={(v) => { set({ launchedOn: v }); }} error={errors.launchedOn} required />
          </div>
          <div className="fr-col-12 fr-col-md-4">
            <InputField id="agreement-start" type="date" label={t('agreements.field.startDate')} value={current.startDate} onChange={(v) => { set({ startDate: v }); }} error={errors.startDate} required />
          </div>
          <div className="fr-col-12 fr-col-md-4">
            <InputField id="agreement-end" type="date" label={t('agreements.field.initialEndDate')} value={current.initialEndDate} onChange={(v) => { set({ initialEndDate: v }); }} error={errors.initialEndDate} required />
          </div>
          <div className="fr-col-12 fr-col-md-4">
            <InputField id="agreement-renewals" inputMode="numeric" label={t('agreements.field.renewalCount')} value={current.renewalCount} onChange={(v) => { set({ renewalCount: v }); }} error={errors.renewalCount} />
          </div>
          <div className="fr-col-12 fr-col-md-4">
            <InputField id="agreement-renewal-months" inputMode="numeric" label={t('agreements.field.renewalMonths')} value={current.renewalMonths} onChange={(v) => { set({ renewalMonths: v }); }} error={errors.renewalMonths} />
          </div>
        </div>
        {errors.lots !== undefined && <p className="fr-error-text">{errors.lots}</p>}
        {current.lots.map((lot, index) => (
          <LotFields
            key={lot.key}
            index={index}
            lot={lot}
            categories={categories}
            onChange={(patch) => { setLot(index, patch); }}
            onRemove={current.lots.length > 1 ? () => { set({ lots: current.lots.filter((_, i) => i !== index) }); } : undefined}
            error={(field) => lotError(index, field)}
          />
        ))}
        <ul className="fr-btns-group fr-btns-group--inline-md">
          <li>
            <button type="button" className="fr-btn fr-btn--secondary" onClick={() => { set({ lots: [...current.lots, emptyLot(current.lots.length + 1)] }); }}>
              {t('agreements.form.addLot')}
            </button>
          </li>
          <li>
            <button type="submit" className="fr-btn" disabled={saving}>
              {t('agreements.form.save')}
            </button>
          </li>
        </ul>
      </form>
    </div>
  );
}
