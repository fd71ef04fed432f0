import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Alert, ErrorSummary, fieldErrorsOf, InputField, problemText, RadioGroup } from '../../../components/form';
import { formatDate } from '../../../lib/format';
import type { NeedKind } from '../api/needs';
import { ALERT_FREQUENCIES, useCreateSavedSearch, type AlertFrequency } from '../api/savedSearches';

export interface BoardFilters {
  q: string;
  category: string;
  department: string;
  kind: NeedKind | '';
}

/** "Enregistrer cette recherche": saves the board's current filters as an e-mailed search. */
export function SaveSearchForm({ filters, lang }: { filters: BoardFilters; lang: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [frequency, setFrequency] = useState<AlertFrequency>('DAILY');
  const [saved, setSaved] = useState<string | null>(null);
  const create = useCreateSavedSearch();
  const errors = fieldErrorsOf(create.error);
  if (!open) {
    return (
      <>
        {saved !== null && (
          <Alert kind="success" testId="search-saved">
            <p>
              {t('savedSearches.save.done', { name: saved })} <Link to="/besoins/recherches">{t('savedSearches.list.link')}</Link>
            </p>
          </Alert>
        )}
        <button
          type="button"
          className="fr-btn fr-btn--secondary fr-icon-notification-badge-line fr-btn--icon-left fr-mb-3w"
          onClick={() => {
            setName(filters.q !== '' ? filters.q : t('savedSearches.save.defaultName', { date: formatDate(new Date().toISOString(), lang) }));
            setSaved(null);
            create.reset();
            setOpen(true);
          }}
        >
          {t('savedSearches.save.open')}
        </button>
      </>
    );
  }
  return (
    <form
      className="fr-mb-4w boucle-needs__save"
      aria-labelledby="save-search-title"
      onSubmit={(event) => {
        event.preventDefault();
        create.mutate(
          {
            name: name.trim(),
            categoryIds: filters.category === '' ? [] : [filters.category],
            departments: filters.department === '' ? [] : [filters.department],
            words: filters.q === '' ? null : filters.q,
            kind: filters.kind === '' ? null : filters.kind,
            frequency,
          },
          {
            onSuccess: (search) => {
              setSaved(search.name);
              setOpen(false);
            },
          },
        );
      }}
    >
      <h2 className="fr-h5" id="save-search-title">
        {t('savedSearches.save.title')}
      </h2>
      <p className="fr-text--sm">{t('savedSearches.save.intro')}</p>
      <ErrorSummary errors={errors} fields={{ name: { id: 'save-search-name', label: t('savedSearches.save.name') } }} />
      {create.isError && Object.keys(errors).length === 0 && <Alert kind="error">{problemText(create.error, t('form.unexpected'))}</Alert>}
      <InputField id="save-search-name" label={t('savedSearches.save.name')} value={name} onChange={setName} error={errors.name} required />
      <RadioGroup
        id="save-search-frequency"
        legend={t('savedSearches.frequency.legend')}
        value={frequency}
        onChange={(value) => {
          setFrequency(value as AlertFrequency);
        }}
        options={ALERT_FREQUENCIES.map((f) => ({ value: f, label: t(`savedSearches.frequency.${f}`) }))}
        error={errors.frequency}
      />
      <ul className="fr-btns-group fr-btns-group--inline-md">
        <li>
          <button type="submit" className="fr-btn" disabled={create.isPending}>
            {t('savedSearches.save.submit')}
          </button>
        </li>
        <li>
          <button
            type="button"
            className="fr-btn fr-btn--tertiary"
            onClick={() => {
              setOpen(false);
            }}
          >
            {t('savedSearches.save.cancel')}
          </button>
        </li>
      </ul>
    </form>
  );
}
