import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import type { ReactNode, SyntheticEvent } from 'react';

type Width = 2 | 3 | 4 | 6 | 12;

/**
 * The filters above a list, as one search form on a DSFR grid row. Selects apply at once; typed
 * text applies on submit (the button, or Enter in a field).
 */
export function FilterBar({
  onSubmit,
  submitLabel,
  className = 'fr-grid-row fr-grid-row--gutters fr-mb-3w',
  children,
  after,
}: {
  onSubmit: () => void;
  /** The submit button's text; without it, Enter in a field (or a field's own button) submits. */
  submitLabel?: string;
  className?: string;
  children: ReactNode;
  /** Filters on their own line, below the fields and the submit button (a checkbox). */
  after?: ReactNode;
}) {
  function submit(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault();
    onSubmit();
  }
  return (
    <form className={className} role="search" onSubmit={submit}>
      {children}
      {submitLabel !== undefined && (
        <div className="fr-col-12 fr-col-md-2 boucle-align-end">
          <Button type="submit" className="fr-mt-4w">
            {submitLabel}
          </Button>
        </div>
      )}
      {after}
    </form>
  );
}

/** One column of the filter bar (full width on small screens). */
export function FilterCell({ width, children }: { width: Width; children: ReactNode }) {
  return <div className={`fr-col-12 fr-col-md-${width}`}>{children}</div>;
}

/** A text filter, applied when the form is submitted. */
export function FilterSearch({
  id,
  label,
  value,
  onChange,
  width = 4,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  width?: Width;
}) {
  return (
    <FilterCell width={width}>
      <Input
        label={label}
        nativeInputProps={{
          id,
          type: 'search',
          value,
          onChange: (e) => {
            onChange(e.target.value);
          },
        }}
      />
    </FilterCell>
  );
}

/**
 * A text filter with its own search button inside the DSFR search bar (the filter bar then needs
 * no submit button).
 */
export function FilterSearchBar({
  id,
  label,
  hint,
  buttonLabel,
  value,
  onChange,
  width = 6,
}: {
  id: string;
  label: string;
  hint?: string;
  buttonLabel: string;
  value: string;
  onChange: (value: string) => void;
  width?: Width;
}) {
  return (
    <FilterCell width={width}>
      <div className="fr-input-group fr-mb-0">
        <label className="fr-label" htmlFor={id}>
          {label}
          {hint !== undefined && <span className="fr-hint-text">{hint}</span>}
        </label>
        <div className="fr-search-bar" role="presentation">
          <input
            id={id}
            name={id.slice(id.lastIndexOf('-') + 1)}
            type="search"
            className="fr-input"
            value={value}
            onChange={(e) => {
              onChange(e.target.value);
            }}
          />
          <button type="submit" className="fr-btn" title={buttonLabel}>
            {buttonLabel}
          </button>
        </div>
      </div>
    </FilterCell>
  );
}

export interface FilterOption {
  value: string;
  label: string;
}

/** A choice filter, applied as soon as it changes. */
export function FilterSelect({
  id,
  label,
  value,
  onChange,
  options,
  allLabel,
  width = 3,
  className,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: readonly FilterOption[];
  /** The first option, with an empty value ("Tous les statuts"). */
  allLabel?: string;
  width?: Width;
  className?: string;
}) {
  return (
    <FilterCell width={width}>
      {/* The DSFR select markup, written out: react-dsfr's Select always sets aria-describedby,
          empty when there is no message, which the HTML validator refuses (RGAA 8.2). */}
      <div className={className === undefined ? 'fr-select-group' : `fr-select-group ${className}`}>
        <label className="fr-label" htmlFor={id}>
          {label}
        </label>
        <select
          className="fr-select"
          id={id}
          value={value}
          onChange={(e) => {
            onChange(e.target.value);
          }}
        >
          {allLabel !== undefined && <option value="">{allLabel}</option>}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
    </FilterCell>
  );
}
