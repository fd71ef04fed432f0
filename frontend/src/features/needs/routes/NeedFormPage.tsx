import '../components/needs.css';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { Alert, ErrorSummary, fieldErrorsOf, InputField, problemText, RadioGroup, SelectField, type FieldErrors } from '../../../components/form';
import { RequireSession } from '../../../components/RequireSession';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import { useCategories, type CategoryNode } from '../../../lib/categories';
import { parseEuros } from '../../../lib/money';
import { NEED_KINDS, NEED_VISIBILITIES, type NeedKind, type NeedVisibility, type PublishNeed } from '../api/needs';
import { useCallOffLots, usePublishNeed, useServices } from '../api/queries';
import { USER_CONTENT_LANGUAGE } from '../../../components/UserText';

/** Publishing a need (/besoins/nouveau): the buyer admin, or a requester for its services. */
export function NeedFormPage() {
  return (
    <RequireSession anyRole={['BUYER_ADMIN', 'REQUESTER']}>
      <NeedForm />
    </RequireSession>
  );
}

function leaves(nodes: readonly CategoryNode[], path = ''): { value: string; label: string }[] {
  return nodes.flatMap((n) => {
    const label = path === '' ? n.label : `${path} › ${n.label}`;
    return n.children.length === 0 ? [{ value: n.id, label }] : [{ value: n.id, label }, ...leaves(n.children, label)];
  });
}

interface Draft {
  title: string;
  description: string;
  category1: string;
  category2: string;
  quantity: string;
  serviceId: string;
  targetDate: string;
  closingDate: string;
  budgetMin: string;
  budgetMax: string;
  kind: NeedKind | '';
  lotId: string;
  visibility: NeedVisibility | '';
}

const EMPTY: Draft = {
  title: '',
  description: '',
  category1: '',
  category2: '',
  quantity: '1',
  serviceId: '',
  targetDate: '',
  closingDate: '',
  budgetMin: '',
  budgetMax: '',
  kind: 'QUOTE',
  lotId: '',
  visibility: 'DEPARTMENT',
};

function NeedForm() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language.startsWith('en') ? 'en' : 'fr';
  useDocumentTitle(t('needs.form.title'));
  const navigate = useNavigate();
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [errors, setErrors] = useState<FieldErrors>({});
  const categories = leaves(useCategories(lang).data ?? []);
  const services = useServices(true);
  const lots = useCallOffLots(draft.kind === 'CALL_OFF');
  const publish = usePublishNeed(lang);
  const set = (key: keyof Draft) => (value: string) => {
    setDraft((d) => ({ ...d, [key]: value }));
  };

  const labels: Record<string, { id: string; label: string }> = {
    title: { id: 'need-title', label: t('needs.fields.title') },
    description: { id: 'need-description', label: t('needs.fields.description') },
    categoryIds: { id: 'need-category1', label: t('needs.fields.categories') },
    'categoryIds[0]': { id: 'need-category1', label: t('needs.fields.categories') },
    'categoryIds[1]': { id: 'need-category2', label: t('needs.fields.categories') },
    quantity: { id: 'need-quantity', label: t('needs.fields.quantity') },
    serviceId: { id: 'need-service', label: t('needs.fields.service') },
    targetDate: { id: 'need-target', label: t('needs.fields.targetDate') },
    closingDate: { id: 'need-closing', label: t('needs.fields.closingDate') },
    budgetMinCents: { id: 'need-budget-min', label: t('needs.fields.budgetMin') },
    budgetMaxCents: { id: 'need-budget-max', label: t('needs.fields.budgetMax') },
    kind: { id: 'need-kind', label: t('needs.fields.kind') },
    lotId: { id: 'need-lot', label: t('needs.fields.lot') },
    visibility: { id: 'need-visibility', label: t('needs.fields.visibility') },
  };

  function body(): PublishNeed {
    const money = (text: string) => (text.trim() === '' ? null : parseEuros(text));
    return {
      title: draft.title,
      description: draft.description,
      categoryIds: [draft.category1, draft.category2].filter((c) => c !== ''),
      quantity: draft.quantity.trim() === '' ? null : Number.parseInt(draft.quantity, 10),
      serviceId: draft.serviceId === '' ? null : draft.serviceId,
      targetDate: draft.targetDate === '' ? null : draft.targetDate,
      closingDate: draft.closingDate === '' ? null : draft.closingDate,
      budgetMinCents: money(draft.budgetMin),
      budgetMaxCents: money(draft.budgetMax),
      kind: draft.kind === '' ? null : draft.kind,
      lotId: draft.kind === 'CALL_OFF' && draft.lotId !== '' ? draft.lotId : null,
      visibility: draft.visibility === '' ? null : draft.visibility,
    };
  }

  function onSubmit(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault();
    publish.mutate(body(), {
      onSuccess: (need) => {
        void navigate(`/besoins/${need.summary.id}`);
      },
      onError: (error) => {
        const fields = fieldErrorsOf(error);
        setErrors(Object.keys(fields).length > 0 ? fields : { form: problemText(error, t('form.unexpected')) });
      },
    });
  }

  const err = (field: string) => errors[field];
  return (
    <div className="fr-container fr-py-6w">
      <p>
        <Link to="/besoins" className="fr-link fr-icon-arrow-left-line fr-link--icon-left">
          {t('needs.need.back')}
        </Link>
      </p>
      <h1>{t('needs.form.title')}</h1>
      <ErrorSummary errors={errors} fields={labels} />
      {publish.isPending && <p aria-live="polite">…</p>}
      <form onSubmit={onSubmit} noValidate>
        <InputField id="need-title" label={t('needs.fields.title')} value={draft.title} onChange={set('title')} error={err('title')} required />
        <InputField
          id="need-description"
          label={t('needs.fields.description')}
          value={draft.description}
          onChange={set('description')}
          error={err('description')}
          textarea
        />
        <div className="fr-grid-row fr-grid-row--gutters">
          <div className="fr-col-12 fr-col-md-6">
            <SelectField
              id="need-category1"
              label={t('needs.fields.categories')}
              hint={t('needs.form.categoriesHint')}
              value={draft.category1}
              onChange={set('category1')}
              options={categories}
              placeholder={t('needs.form.choose')}
              error={err('categoryIds') ?? err('categoryIds[0]')}
              required
            />
          </div>
          <div className="fr-col-12 fr-col-md-6">
            <SelectField
              id="need-category2"
              label={`${t('needs.fields.categories')} (2)`}
              value={draft.category2}
              onChange={set('category2')}
              options={categories}
              placeholder={t('needs.form.choose')}
              error={err('categoryIds[1]')}
            />
          </div>
          <div className="fr-col-12 fr-col-md-4">
            <InputField
              id="need-quantity"
              label={t('needs.fields.quantity')}
              value={draft.quantity}
              onChange={set('quantity')}
              inputMode="numeric"
              error={err('quantity')}
              required
            />
          </div>
          <div className="fr-col-12 fr-col-md-8">
            <SelectField
              id="need-service"
              label={t('needs.fields.service')}
              value={draft.serviceId}
              onChange={set('serviceId')}
              options={(services.data ?? []).map((s) => ({ value: s.id, label: s.department === null ? s.name : `${s.name} (${s.department})`, lang: USER_CONTENT_LANGUAGE }))}
              placeholder={t('needs.form.choose')}
              error={err('serviceId')}
              required
            />
          </div>
          <div className="fr-col-12 fr-col-md-6">
            <InputField
              id="need-closing"
              type="date"
              label={t('needs.fields.closingDate')}
              value={draft.closingDate}
              onChange={set('closingDate')}
              error={err('closingDate')}
              required
            />
          </div>
          <div className="fr-col-12 fr-col-md-6">
            <InputField id="need-target" type="date" label={t('needs.fields.targetDate')} value={draft.targetDate} onChange={set('targetDate')} error={err('targetDate')} />
          </div>
          <div className="fr-col-12 fr-col-md-6">
            <InputField id="need-budget-min" label={t('needs.fields.budgetMin')} value={draft.budgetMin} onChange={set('budgetMin')} inputMode="decimal" error={err('budgetMinCents')} />
          </div>
          <div className="fr-col-12 fr-col-md-6">
            <InputField id="need-budget-max" label={t('needs.fields.budgetMax')} value={draft.budgetMax} onChange={set('budgetMax')} inputMode="decimal" error={err('budgetMaxCents')} />
          </div>
        </div>
        <RadioGroup
          id="need-kind"
          legend={t('needs.fields.kind')}
          value={draft.kind}
          onChange={set('kind')}
          options={NEED_KINDS.map((k) => ({ value: k, label: t(`needs.kind.${k}`) }))}
          error={err('kind')}
        />
        {draft.kind === 'CALL_OFF' && (
          <SelectField
            id="need-lot"
            label={t('needs.fields.lot')}
            hint={t('needs.form.lotHint')}
            value={draft.lotId}
            onChange={set('lotId')}
            options={(lots.data ?? []).map((l) => ({ value: l.id, label: l.label }))}
            placeholder={t('needs.form.choose')}
            error={err('lotId')}
            required
          />
        )}
        <RadioGroup
          id="need-visibility"
          legend={t('needs.fields.visibility')}
          value={draft.visibility}
          onChange={set('visibility')}
          options={NEED_VISIBILITIES.map((v) => ({ value: v, label: t(`needs.visibility.${v}`) }))}
          error={err('visibility')}
        />
        {errors.form !== undefined && <Alert kind="error">{errors.form}</Alert>}
        <button type="submit" className="fr-btn" disabled={publish.isPending}>
          {t('needs.form.submit')}
        </button>
      </form>
    </div>
  );
}
