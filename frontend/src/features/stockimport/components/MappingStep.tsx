import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, type FieldErrors } from '../../../components/form';
import { FIELDS } from '../api/imports';

/** Which field each column fills: header → field ('' = ignored). */
export type Mapping = Record<string, string>;

/** The required fields no column fills. */
export function missingFields(mapping: Mapping): string[] {
  const filled = new Set(Object.values(mapping).filter((f) => f !== ''));
  return FIELDS.filter((f) => f.required && !filled.has(f.field)).map((f) => f.field);
}

/**
 * Step 2: one select per column of the file, preselected with the server's suggestion, and the
 * first rows of the file. Submits only when every required field is filled by one column.
 */
export function MappingStep({
  headers,
  suggested,
  sample,
  serverErrors,
  busy,
  onSubmit,
}: {
  headers: string[];
  suggested: Mapping;
  sample: string[][];
  serverErrors: FieldErrors;
  busy: boolean;
  onSubmit: (mapping: Mapping) => void;
}) {
  const { t } = useTranslation();
  const [mapping, setMapping] = useState<Mapping>(() =>
    Object.fromEntries(headers.map((h) => [h, suggested[h] ?? ''])),
  );
  const [errors, setErrors] = useState<FieldErrors>({});
  const label = (field: string) => t(`stockImport.fields.${field}` as 'stockImport.fields.sku');

  function choose(header: string, field: string) {
    setMapping((current) => {
      const next: Mapping = { ...current };
      // A field is filled by one column: choosing it here frees it elsewhere.
      if (field !== '') {
        for (const h of Object.keys(next)) if (next[h] === field) next[h] = '';
      }
      next[header] = field;
      return next;
    });
  }

  function submit(event: SyntheticEvent) {
    event.preventDefault();
    const missing = missingFields(mapping);
    if (missing.length > 0) {
      setErrors({ mapping: t('stockImport.missing', { fields: missing.map(label).join(', ') }) });
      return;
    }
    setErrors({});
    onSubmit(mapping);
  }

  const shown = { ...serverErrors, ...errors };
  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary errors={shown} fields={{}} testId="mapping-errors" />
      <p>{t('stockImport.mappingIntro')}</p>
      <div className="fr-grid-row fr-grid-row--gutters">
        {headers.map((header, index) => (
          <div className="fr-col-12 fr-col-md-6 fr-col-lg-4" key={header}>
            <div className="fr-select-group">
              <label className="fr-label" htmlFor={`column-${index}`}>
                {t('stockImport.columnLabel', { header })}
              </label>
              <select
                id={`column-${index}`}
                className="fr-select"
                value={mapping[header] ?? ''}
                onChange={(e) => {
                  choose(header, e.target.value);
                }}
              >
                <option value="">{t('stockImport.ignore')}</option>
                {FIELDS.map((f) => (
                  <option key={f.field} value={f.field}>
                    {label(f.field)}
                    {f.required ? ' *' : ''}
                  </option>
                ))}
              </select>
            </div>
          </div>
        ))}
      </div>
      {sample.length > 0 && (
        <div className="fr-table fr-table--no-caption fr-mt-3w">
          <div className="fr-table__wrapper">
            <div className="fr-table__container">
              <div className="fr-table__content">
                <table tabIndex={0}>
                  <caption>{t('stockImport.sampleCaption')}</caption>
                  <thead>
                    <tr>
                      {headers.map((h) => (
                        <th scope="col" key={h}>
                          {h}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {sample.map((row, r) => (
                      <tr key={r}>
                        {headers.map((h, c) => (
                          <td key={h}>{row[c] ?? ''}</td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </div>
          </div>
        </div>
      )}
      <button type="submit" className="fr-btn fr-mt-3w" disabled={busy}>
        {busy ? t('stockImport.checking') : t('stockImport.check')}
      </button>
    </form>
  );
}
