import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, ErrorSummary, fieldErrorsOf, InputField, problemText, requireFields, type FieldErrors } from '../../../components/form';
import { DataTable, type Column } from '../../../components/list/DataTable';
import { centsToInput, formatEuros, parseEuros } from '../../../lib/money';
import type { Site, SiteInput, SiteKind } from '../api/organisation';
import { useDeleteSite, useSaveSite } from '../api/queries';
import { UserText } from '../../../components/UserText';

interface Draft {
  name: string;
  street: string;
  postcode: string;
  city: string;
  department: string;
  latitude: string;
  longitude: string;
  chorusServiceCode: string;
  threshold: string;
}

const EMPTY: Draft = {
  name: '',
  street: '',
  postcode: '',
  city: '',
  department: '',
  latitude: '',
  longitude: '',
  chorusServiceCode: '',
  threshold: '',
};

function draftOf(site: Site): Draft {
  return {
    name: site.name,
    street: site.street ?? '',
    postcode: site.postcode ?? '',
    city: site.city ?? '',
    department: site.department ?? '',
    latitude: site.latitude === null ? '' : String(site.latitude),
    longitude: site.longitude === null ? '' : String(site.longitude),
    chorusServiceCode: site.chorusServiceCode ?? '',
    threshold:
      site.approvalThresholdCents === null || site.approvalThresholdCents === undefined
        ? ''
        : centsToInput(site.approvalThresholdCents),
  };
}

function parseCoordinate(text: string): number | null | 'invalid' {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return null;
  if (!/^-?\d+(\.\d+)?$/.test(trimmed)) return 'invalid';
  return Number(trimmed);
}

const orNull = (value: string): string | null => (value.trim() === '' ? null : value.trim());

/** A supplier's depots or a buyer's services: table, add and edit form, deletion. */
export function SitesSection({
  kind,
  sites,
  canEdit,
}: {
  kind: SiteKind;
  sites: Site[] | null;
  canEdit: boolean;
}) {
  const { t, i18n } = useTranslation();
  const services = kind === 'services';
  const prefix = services ? 'service' : 'depot';
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [editing, setEditing] = useState<Site | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string; n: number } | null>(null);
  const save = useSaveSite(kind);
  const remove = useDeleteSite(kind);

  const fields: Record<string, { id: string; label: string }> = {
    name: { id: `${prefix}-name`, label: t('sites.name') },
    street: { id: `${prefix}-street`, label: t('sites.street') },
    postcode: { id: `${prefix}-postcode`, label: t('sites.postcode') },
    city: { id: `${prefix}-city`, label: t('sites.city') },
    department: { id: `${prefix}-department`, label: t('sites.department') },
    latitude: { id: `${prefix}-latitude`, label: t('sites.latitude') },
    longitude: { id: `${prefix}-longitude`, label: t('sites.longitude') },
  };
  if (services) {
    fields.chorusServiceCode = { id: `${prefix}-chorus`, label: t('sites.chorusServiceCode') };
    fields.approvalThresholdCents = { id: `${prefix}-threshold`, label: t('sites.threshold') };
  }
  const f = (name: string) => fields[name] ?? { id: name, label: name };
  const set = (name: keyof Draft) => (value: string) => {
    setDraft((previous) => ({ ...previous, [name]: value }));
  };

  function say(kindOf: 'success' | 'error', text: string) {
    setMessage((previous) => ({ kind: kindOf, text, n: (previous?.n ?? 0) + 1 }));
  }

  async function onSubmit(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault();
    setMessage(null);
    const found = requireFields({ name: draft.name }, t('form.required'));
    const latitude = parseCoordinate(draft.latitude);
    const longitude = parseCoordinate(draft.longitude);
    if (latitude === 'invalid') found.latitude = t('sites.invalidCoordinate');
    if (longitude === 'invalid') found.longitude = t('sites.invalidCoordinate');
    let threshold: number | null = null;
    if (services && draft.threshold.trim() !== '') {
      threshold = parseEuros(draft.threshold);
      if (threshold === null) found.approvalThresholdCents = t('sites.invalidAmount');
    }
    setErrors(found);
    if (Object.keys(found).length > 0 || latitude === 'invalid' || longitude === 'invalid') return;
    const input: SiteInput = {
      name: draft.name.trim(),
      street: orNull(draft.street),
      postcode: orNull(draft.postcode),
      city: orNull(draft.city),
      department: orNull(draft.department),
      latitude,
      longitude,
    };
    if (services) {
      input.chorusServiceCode = orNull(draft.chorusServiceCode);
      input.approvalThresholdCents = threshold;
    }
    try {
      await save.mutateAsync({ id: editing?.id ?? null, input });
      say('success', t(editing === null ? 'sites.added' : 'sites.updated', { name: input.name }));
      setDraft(EMPTY);
      setEditing(null);
    } catch (error) {
      const serverErrors = fieldErrorsOf(error);
      if (Object.keys(serverErrors).length > 0) setErrors(serverErrors);
      else say('error', problemText(error, t('form.unexpected')));
    }
  }

  async function onDelete(site: Site) {
    if (!window.confirm(t('sites.confirmDelete', { name: site.name }))) return;
    setMessage(null);
    try {
      await remove.mutateAsync(site.id);
      say('success', t('sites.deleted', { name: site.name }));
      if (editing?.id === site.id) {
        setEditing(null);
        setDraft(EMPTY);
      }
    } catch (error) {
      say('error', problemText(error, t('form.unexpected')));
    }
  }

  const title = services ? t('organisation.services') : t('organisation.depots');
  const columns: (Column<Site> | false)[] = [
    { id: 'name', header: t('sites.name'), rowHeader: true, cell: (site) => <UserText>{site.name}</UserText> },
    {
      id: 'address',
      header: t('sites.address'),
      cell: (site) => <UserText>{[site.street, [site.postcode, site.city].filter(Boolean).join(' ')].filter(Boolean).join(', ') || '—'}</UserText>,
    },
    { id: 'department', header: t('sites.department'), cell: (site) => site.department ?? '—' },
    services && { id: 'chorus', header: t('sites.chorusServiceCode'), cell: (site) => site.chorusServiceCode ?? '—' },
    services && {
      id: 'threshold',
      header: t('sites.threshold'),
      cell: (site) =>
        site.approvalThresholdCents === null || site.approvalThresholdCents === undefined
          ? '—'
          : formatEuros(site.approvalThresholdCents, i18n.language),
    },
    canEdit && {
      id: 'actions',
      header: t('common.actions'),
      cell: (site) => (
        <ul className="fr-btns-group fr-btns-group--inline fr-btns-group--sm">
          <li>
            <button
              type="button"
              className="fr-btn fr-btn--secondary"
              aria-label={t('common.editNamed', { name: site.name })}
              onClick={() => {
                setEditing(site);
                setDraft(draftOf(site));
                setErrors({});
                document.getElementById(f('name').id)?.focus();
              }}
            >
              {t('common.edit')}
            </button>
          </li>
          <li>
            <button
              type="button"
              className="fr-btn fr-btn--tertiary"
              aria-label={t('common.deleteNamed', { name: site.name })}
              onClick={() => void onDelete(site)}
            >
              {t('common.delete')}
            </button>
          </li>
        </ul>
      ),
    },
  ];
  return (
    <section className="fr-mb-6w" aria-labelledby={`section-${kind}`} id={kind}>
      <h2 id={`section-${kind}`}>{title}</h2>
      {message !== null && (
        <Alert kind={message.kind} key={message.n} testId={`${prefix}-message`}>
          {message.text}
        </Alert>
      )}
      {sites === null ? (
        <p aria-live="polite">{t('session.loading')}</p>
      ) : sites.length === 0 ? (
        <p>{services ? t('sites.noServices') : t('sites.noDepots')}</p>
      ) : (
        <DataTable columns={columns} rows={sites} rowKey={(site) => site.id} caption={title} testId={`${prefix}-table`} />
      )}
      {canEdit && (
        <form onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby={`${prefix}-form-title`}>
          <h3 className="fr-h5" id={`${prefix}-form-title`}>
            {editing === null
              ? t(services ? 'sites.addService' : 'sites.addDepot')
              : t('sites.editing', { name: editing.name })}
          </h3>
          <ErrorSummary errors={errors} fields={fields} />
          <div className="fr-grid-row fr-grid-row--gutters">
            <div className="fr-col-12 fr-col-md-6">
              <InputField id={f('name').id} label={f('name').label} required value={draft.name} onChange={set('name')} error={errors.name} />
            </div>
            <div className="fr-col-12 fr-col-md-6">
              <InputField
                id={f('street').id}
                label={f('street').label}
                autoComplete="address-line1"
                value={draft.street}
                onChange={set('street')}
                error={errors.street}
              />
            </div>
            <div className="fr-col-12 fr-col-md-4">
              <InputField
                id={f('postcode').id}
                label={f('postcode').label}
                inputMode="numeric"
                autoComplete="postal-code"
                value={draft.postcode}
                onChange={set('postcode')}
                error={errors.postcode}
              />
            </div>
            <div className="fr-col-12 fr-col-md-4">
              <InputField id={f('city').id} label={f('city').label} value={draft.city} onChange={set('city')} error={errors.city} />
            </div>
            <div className="fr-col-12 fr-col-md-4">
              <InputField
                id={f('department').id}
                label={f('department').label}
                hint={t('sites.departmentHint')}
                value={draft.department}
                onChange={set('department')}
                error={errors.department}
              />
            </div>
            <div className="fr-col-12 fr-col-md-6">
              <InputField
                id={f('latitude').id}
                label={f('latitude').label}
                hint={t('sites.latitudeHint')}
                inputMode="decimal"
                value={draft.latitude}
                onChange={set('latitude')}
                error={errors.latitude}
              />
            </div>
            <div className="fr-col-12 fr-col-md-6">
              <InputField
                id={f('longitude').id}
                label={f('longitude').label}
                hint={t('sites.longitudeHint')}
                inputMode="decimal"
                value={draft.longitude}
                onChange={set('longitude')}
                error={errors.longitude}
              />
            </div>
            {services && (
              <>
                <div className="fr-col-12 fr-col-md-6">
                  <InputField
                    id={f('chorusServiceCode').id}
                    label={f('chorusServiceCode').label}
                    hint={t('form.optional')}
                    value={draft.chorusServiceCode}
                    onChange={set('chorusServiceCode')}
                    error={errors.chorusServiceCode}
                  />
                </div>
                <div className="fr-col-12 fr-col-md-6">
                  <InputField
                    id={f('approvalThresholdCents').id}
                    label={f('approvalThresholdCents').label}
                    hint={t('sites.thresholdHint')}
                    inputMode="decimal"
                    value={draft.threshold}
                    onChange={set('threshold')}
                    error={errors.approvalThresholdCents}
                  />
                </div>
              </>
            )}
          </div>
          <ul className="fr-btns-group fr-btns-group--inline">
            <li>
              <button className="fr-btn" type="submit" disabled={save.isPending}>
                {editing === null ? t('sites.add') : t('common.save')}
              </button>
            </li>
            {editing !== null && (
              <li>
                <button
                  className="fr-btn fr-btn--secondary"
                  type="button"
                  onClick={() => {
                    setEditing(null);
                    setDraft(EMPTY);
                    setErrors({});
                  }}
                >
                  {t('common.cancel')}
                </button>
              </li>
            )}
          </ul>
        </form>
      )}
    </section>
  );
}
