import { useTranslation } from 'react-i18next';
import type { LeafGroup } from '../useStockReferences';

/** A select of leaf categories grouped under their parent, in the DSFR select markup. */
export function CategorySelect({
  id,
  label,
  groups,
  value,
  onChange,
  error,
}: {
  id: string;
  label: string;
  groups: LeafGroup[];
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
}) {
  const { t } = useTranslation();
  const errorId = `${id}-error`;
  const known = groups.some((g) => g.leaves.some((leaf) => leaf.id === value));
  return (
    <div className={`fr-select-group${error === undefined ? '' : ' fr-select-group--error'}`}>
      <label className="fr-label" htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        name={id}
        className={`fr-select${error === undefined ? '' : ' fr-select--error'}`}
        value={value}
        aria-required
        aria-invalid={error === undefined ? undefined : true}
        aria-describedby={error === undefined ? undefined : errorId}
        onChange={(e) => {
          onChange(e.target.value);
        }}
      >
        <option value="">{t('form.choose')}</option>
        {value !== '' && !known && <option value={value}>{value}</option>}
        {groups.map((group) => (
          <optgroup key={group.label} label={group.label}>
            {group.leaves.map((leaf) => (
              <option key={leaf.id} value={leaf.id}>
                {leaf.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      {error !== undefined && (
        <p className="fr-error-text" id={errorId}>
          {error}
        </p>
      )}
    </div>
  );
}
