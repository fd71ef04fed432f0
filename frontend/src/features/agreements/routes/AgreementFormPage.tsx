import '../../../components/procurement.css';
import { useEffect, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { Alert, ErrorSummary, InputField, problemText, SelectField, type FieldErrors } from '../../../components/form';
import { nextMessageKey } from '../api/sequence';
import { RequireSession } from '../../../components/RequireSession';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import { ApiError } from '../../../lib/api';
import { fetchCategories, type CategoryNode } from '../../../lib/categories';
import { centsToInput, parseEuros } from '../../../lib/money';
import {
  createAgreement,
  fetchAgreement,
  fetchEligibleSuppliers,
  PROCEDURES,
  replaceAgreement,
  RESERVATIONS,
  type AgreementView,
  type Party,
  type PriceTerms,
  type Reservation,
  type SaveAgreement,
  type SaveLot,
} from '../api/agreements';

/** A lot as the form holds it: text as typed, suppliers with their names. */
interface LotDraft {
  key: number;
  number: string;
  title: string;
  categoryIds: string[];
  reservation: Reservation;
  suppliers: Party[];
  minimum: string;
  maximum: string;
  priceTerms: PriceTerms;
  discount: string;
  unitPrices: { categoryId: string; price: string }[];
  insertionHoursTarget: string;
  environmentalClause: string;
}

interface AgreementDraft {
  reference: string;
  title: string;
  procedure: string;
  launchedOn: string;
  startDate: string;
  initialEndDate: string;
  renewalCount: string;
  renewalMonths: string;
  lots: LotDraft[];
}

let nextKey = 1;

function emptyLot(number: number): LotDraft {
  return {
    key: nextKey++,
    number: String(number),
    title: '',
    categoryIds: [],
    reservation: 'NONE',
    suppliers: [],
    minimum: '0',
    maximum: '',
    priceTerms: 'CATALOGUE_DISCOUNT',
    discount: '0',
    unitPrices: [],
    insertionHoursTarget: '',
    environmentalClause: '',
  };
}

function draftOf(view: AgreementView): AgreementDraft {
  return {
    reference: view.reference,
    title: view.title,
    procedure: view.procedure,
    launchedOn: view.launchedOn,
    startDate: view.startDate,
    initialEndDate: view.initialEndDate,
    renewalCount: String(view.renewalCount),
    renewalMonths: String(view.renewalMonths),
    lots: view.lots.map((lot) => ({
      key: nextKey++,
      number: String(lot.number),
      title: lot.title,
      categoryIds: lot.categoryIds,
      reservation: lot.reservation,
      suppliers: lot.suppliers,
      minimum: centsToInput(lot.minimumExclVatCents),
      maximum: centsToInput(lot.maximumExclVatCents),
      priceTerms: lot.priceTerms,
      discount: centsToInput(lot.discountBasisPoints ?? 0),
      unitPrices: lot.unitPrices.map((p) => ({ categoryId: p.categoryId, price: centsToInput(p.unitPriceExclVatCents) })),
      insertionHoursTarget: lot.insertionHoursTarget === undefined || lot.insertionHoursTarget === null ? '' : String(lot.insertionHoursTarget),
      environmentalClause: lot.environmentalClause ?? '',
    })),
  };
}

function integer(text: string): number | null {
  return /^\d+$/.test(text.trim()) ? Number.parseInt(text.trim(), 10) : null;
}

/** Turns the form into the API's request; unparsable numbers become local field errors. */
export function toRequest(draft: AgreementDraft, invalidAmount: string): { body: SaveAgreement; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const amount = (text: string, field: string, required: boolean): number | null => {
    if (text.trim() === '') {
      if (required) errors[field] = invalidAmount;
      return null;
    }
    const cents = parseEuros(text);
    if (cents === null) errors[field] = invalidAmount;
    return cents;
  };
  const lots: SaveLot[] = draft.lots.map((lot, index) => {
    const at = `lots[${String(index)}].`;
    return {
      number: integer(lot.number),
      title: lot.title,
      categoryIds: lot.categoryIds,
      reservation: lot.reservation,
      supplierIds: lot.suppliers.map((s) => s.id),
      minimumExclVatCents: amount(lot.minimum, `${at}minimumExclVatCents`, true),
      maximumExclVatCents: amount(lot.maximum, `${at}maximumExclVatCents`, true),
      priceTerms: lot.priceTerms,
      // A percentage with two decimals is a number of basis points, parsed like cents.
      discountBasisPoints: lot.priceTerms === 'CATALOGUE_DISCOUNT' ? amount(lot.discount, `${at}discountBasisPoints`, true) : null,
      unitPrices:
        lot.priceTerms === 'UNIT_PRICE_SCHEDULE'
          ? lot.unitPrices.map((p, k) => ({
              categoryId: p.categoryId,
              unitPriceExclVatCents: amount(p.price, `${at}unitPrices[${String(k)}].unitPriceExclVatCents`, true) ?? 0,
            }))
          : null,
      insertionHoursTarget: lot.insertionHoursTarget.trim() === '' ? null : integer(lot.insertionHoursTarget),
      environmentalClause: lot.environmentalClause.trim() === '' ? null : lot.environmentalClause.trim(),
    };
  });
  const body: SaveAgreement = {
    reference: draft.reference,
    title: draft.title,
    procedure: draft.procedure === '' ? null : (draft.procedure as SaveAgreement['procedure']),
    launchedOn: draft.launchedOn === '' ? null : draft.launchedOn,
    startDate: draft.startDate === '' ? null : draft.startDate,
    initialEndDate: draft.initialEndDate === '' ? null : draft.initialEndDate,
    renewalCount: draft.renewalCount.trim() === '' ? 0 : integer(draft.renewalCount),
    renewalMonths: draft.renewalMonths.trim() === '' ? null : integer(draft.renewalMonths),
    lots,
  };
  return { body, errors };
}

function flatten(nodes: readonly CategoryNode[], depth = 0): { value: string; label: string; depth: number }[] {
  return nodes.flatMap((node) => [{ value: node.id, label: node.label, depth }, ...flatten(node.children, depth + 1)]);
}

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
  const [categories, setCategories] = useState<{ value: string; label: string; depth: number }[]>([]);
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
  useEffect(() => {
    fetchCategories(i18n.language)
      .then((tree) => {
        setCategories(flatten(tree));
      })
      .catch(() => undefined);
  }, [i18n.language]);

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
    const { body, errors: local } = toRequest(current, t('agreements.form.invalidAmount'));
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
      const fieldErrors: FieldErrors = {};
      if (e instanceof ApiError) for (const { field, message } of e.problem.errors ?? []) if (!(field in fieldErrors)) fieldErrors[field] = message;
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

function LotFields({
  index,
  lot,
  categories,
  onChange,
  onRemove,
  error,
}: {
  index: number;
  lot: LotDraft;
  categories: { value: string; label: string; depth: number }[];
  onChange: (patch: Partial<LotDraft>) => void;
  onRemove: (() => void) | undefined;
  error: (field: string) => string | undefined;
}) {
  const { t } = useTranslation();
  const id = `lot-${String(index)}`;
  const [query, setQuery] = useState('');
  const [eligible, setEligible] = useState<Party[]>([]);
  useEffect(() => {
    let active = true;
    const timer = setTimeout(() => {
      fetchEligibleSuppliers(lot.reservation, query)
        .then((page) => {
          if (active) setEligible(page.items);
        })
        .catch(() => undefined);
    }, 250);
    return () => {
      active = false;
      clearTimeout(timer);
    };
  }, [lot.reservation, query]);
  const shown = [...lot.suppliers, ...eligible.filter((p) => !lot.suppliers.some((s) => s.id === p.id))];
  const categoryError = error('categoryIds');
  const supplierError = error('supplierIds');
  return (
    <fieldset className="fr-fieldset fr-mb-4w boucle-lot" aria-labelledby={`${id}-legend`} data-testid="lot-form">
      <legend className="fr-fieldset__legend fr-h5" id={`${id}-legend`}>
        {t('agreements.form.lotN', { n: index + 1 })}
      </legend>
      <div className="fr-fieldset__element">
        <div className="fr-grid-row fr-grid-row--gutters">
          <div className="fr-col-12 fr-col-md-2">
            <InputField id={`${id}-number`} inputMode="numeric" label={t('agreements.field.number')} value={lot.number} onChange={(v) => { onChange({ number: v }); }} error={error('number')} required />
          </div>
          <div className="fr-col-12 fr-col-md-10">
            <InputField id={`${id}-title`} label={t('agreements.field.lotTitle')} value={lot.title} onChange={(v) => { onChange({ title: v }); }} error={error('title')} required />
          </div>
        </div>
        <SelectField
          id={`${id}-reservation`}
          label={t('agreements.field.reservation')}
          value={lot.reservation}
          onChange={(v) => { onChange({ reservation: v as Reservation }); }}
          options={RESERVATIONS.map((r) => ({ value: r, label: t(`agreements.reservation.${r}`) }))}
          error={error('reservation')}
          required
        />
        <fieldset className={`fr-fieldset${categoryError === undefined ? '' : ' fr-fieldset--error'}`} id={`${id}-categories`} aria-labelledby={`${id}-categories-legend`}>
          <legend className="fr-fieldset__legend fr-fieldset__legend--regular" id={`${id}-categories-legend`}>
            {t('agreements.field.categories')}
            <span className="fr-hint-text">{t('agreements.form.categoriesHint')}</span>
          </legend>
          <div className="fr-fieldset__element boucle-scroll-list">
            {categories.map((c) => {
              const optionId = `${id}-cat-${c.value}`;
              return (
                <div className="fr-checkbox-group fr-checkbox-group--sm" key={c.value} style={{ marginLeft: `${String(c.depth * 1.5)}rem` }}>
                  <input
                    type="checkbox"
                    id={optionId}
                    checked={lot.categoryIds.includes(c.value)}
                    onChange={(e) => {
                      onChange({ categoryIds: e.target.checked ? [...lot.categoryIds, c.value] : lot.categoryIds.filter((v) => v !== c.value) });
                    }}
                  />
                  <label className="fr-label" htmlFor={optionId}>
                    {c.label}
                  </label>
                </div>
              );
            })}
          </div>
          {categoryError !== undefined && <p className="fr-error-text fr-fieldset__element">{categoryError}</p>}
        </fieldset>
        <fieldset className={`fr-fieldset${supplierError === undefined ? '' : ' fr-fieldset--error'}`} id={`${id}-suppliers`} aria-labelledby={`${id}-suppliers-legend`}>
          <legend className="fr-fieldset__legend fr-fieldset__legend--regular" id={`${id}-suppliers-legend`}>
            {t('agreements.field.suppliers')}
            <span className="fr-hint-text">{t('agreements.form.suppliersHint')}</span>
          </legend>
          <div className="fr-fieldset__element">
            <InputField id={`${id}-supplier-search`} label={t('agreements.form.supplierSearch')} value={query} onChange={setQuery} />
          </div>
          <div className="fr-fieldset__element boucle-scroll-list">
            {shown.length === 0 && <p>{t('agreements.form.noEligible')}</p>}
            {shown.map((s) => {
              const optionId = `${id}-supplier-${s.id}`;
              return (
                <div className="fr-checkbox-group fr-checkbox-group--sm" key={s.id}>
                  <input
                    type="checkbox"
                    id={optionId}
                    checked={lot.suppliers.some((x) => x.id === s.id)}
                    onChange={(e) => {
                      onChange({ suppliers: e.target.checked ? [...lot.suppliers, s] : lot.suppliers.filter((x) => x.id !== s.id) });
                    }}
                  />
                  <label className="fr-label" htmlFor={optionId}>
                    {s.legalName} — {s.siret}
                    {(s.insertionStatus ?? '') !== '' ? ` (${s.insertionStatus ?? ''})` : ''}
                  </label>
                </div>
              );
            })}
          </div>
          {supplierError !== undefined && <p className="fr-error-text fr-fieldset__element">{supplierError}</p>}
        </fieldset>
        <div className="fr-grid-row fr-grid-row--gutters">
          <div className="fr-col-12 fr-col-md-6">
            <InputField id={`${id}-minimum`} inputMode="decimal" label={t('agreements.field.minimum')} hint={t('agreements.form.amountHint')} value={lot.minimum} onChange={(v) => { onChange({ minimum: v }); }} error={error('minimumExclVatCents')} required />
          </div>
          <div className="fr-col-12 fr-col-md-6">
            <InputField id={`${id}-maximum`} inputMode="decimal" label={t('agreements.field.maximum')} hint={t('agreements.form.amountHint')} value={lot.maximum} onChange={(v) => { onChange({ maximum: v }); }} error={error('maximumExclVatCents')} required />
          </div>
        </div>
        <SelectField
          id={`${id}-price-terms`}
          label={t('agreements.field.priceTerms')}
          value={lot.priceTerms}
          onChange={(v) => { onChange({ priceTerms: v as PriceTerms }); }}
          options={(['CATALOGUE_DISCOUNT', 'UNIT_PRICE_SCHEDULE'] as const).map((p) => ({ value: p, label: t(`agreements.priceTerms.${p}`) }))}
          error={error('priceTerms')}
          required
        />
        {lot.priceTerms === 'CATALOGUE_DISCOUNT' ? (
          <InputField id={`${id}-discount`} inputMode="decimal" label={t('agreements.field.discount')} hint={t('agreements.form.discountHint')} value={lot.discount} onChange={(v) => { onChange({ discount: v }); }} error={error('discountBasisPoints')} />
        ) : (
          <div id={`${id}-unit-prices`} className="fr-mb-3w">
            <p className="fr-mb-1w">{t('agreements.field.unitPrices')}</p>
            {lot.unitPrices.map((p, k) => (
              <div className="fr-grid-row fr-grid-row--gutters" key={k}>
                <div className="fr-col-12 fr-col-md-6">
                  <SelectField
                    id={`${id}-unit-${String(k)}-category`}
                    label={t('agreements.form.unitCategory', { n: k + 1 })}
                    value={p.categoryId}
                    placeholder={t('agreements.form.chooseCategory')}
                    onChange={(v) => { onChange({ unitPrices: lot.unitPrices.map((x, j) => (j === k ? { ...x, categoryId: v } : x)) }); }}
                    options={categories.map((c) => ({ value: c.value, label: `${'· '.repeat(c.depth)}${c.label}` }))}
                    error={error(`unitPrices[${String(k)}].categoryId`)}
                  />
                </div>
                <div className="fr-col-12 fr-col-md-4">
                  <InputField
                    id={`${id}-unit-${String(k)}-price`}
                    inputMode="decimal"
                    label={t('agreements.form.unitPrice', { n: k + 1 })}
                    value={p.price}
                    onChange={(v) => { onChange({ unitPrices: lot.unitPrices.map((x, j) => (j === k ? { ...x, price: v } : x)) }); }}
                    error={error(`unitPrices[${String(k)}].unitPriceExclVatCents`)}
                  />
                </div>
                <div className="fr-col-12 fr-col-md-2">
                  <button type="button" className="fr-btn fr-btn--tertiary fr-btn--sm fr-mt-4w" onClick={() => { onChange({ unitPrices: lot.unitPrices.filter((_, j) => j !== k) }); }}>
                    {t('agreements.form.removeUnitPrice', { n: k + 1 })}
                  </button>
                </div>
              </div>
            ))}
            {error('unitPrices') !== undefined && <p className="fr-error-text">{error('unitPrices')}</p>}
            <button type="button" className="fr-btn fr-btn--secondary fr-btn--sm" onClick={() => { onChange({ unitPrices: [...lot.unitPrices, { categoryId: '', price: '' }] }); }}>
              {t('agreements.form.addUnitPrice')}
            </button>
          </div>
        )}
        <InputField id={`${id}-insertion`} inputMode="numeric" label={t('agreements.field.insertionHoursTarget')} value={lot.insertionHoursTarget} onChange={(v) => { onChange({ insertionHoursTarget: v }); }} error={error('insertionHoursTarget')} />
        <InputField id={`${id}-environment`} label={t('agreements.field.environmentalClause')} hint={t('agreements.form.environmentHint')} value={lot.environmentalClause} onChange={(v) => { onChange({ environmentalClause: v }); }} error={error('environmentalClause')} textarea />
        {onRemove !== undefined && (
          <button type="button" className="fr-btn fr-btn--tertiary fr-btn--sm" onClick={onRemove}>
            {t('agreements.form.removeLot', { n: index + 1 })}
          </button>
        )}
      </div>
    </fieldset>
  );
}
