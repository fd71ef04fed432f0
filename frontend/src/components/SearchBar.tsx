import { useState, type SyntheticEvent } from 'react';

interface SearchBarProps {
  /** Unique id of the input; the label points at it. */
  id: string;
  label: string;
  placeholder: string;
  buttonLabel: string;
  initialValue?: string;
  large?: boolean;
  testId?: string;
  onSearch: (query: string) => void;
}

/** The DSFR search bar in a search landmark; the label is read by assistive technologies. */
export function SearchBar({ id, label, placeholder, buttonLabel, initialValue = '', large = false, testId, onSearch }: SearchBarProps) {
  const [query, setQuery] = useState(initialValue);

  function onSubmit(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault();
    onSearch(query.trim());
  }

  return (
    <form role="search" onSubmit={onSubmit} data-testid={testId}>
      <div className={large ? 'fr-search-bar fr-search-bar--lg' : 'fr-search-bar'} id={`${id}-bar`}>
        <label className="fr-label" htmlFor={id}>
          {label}
        </label>
        <input
          className="fr-input"
          id={id}
          name="q"
          type="search"
          autoComplete="off"
          placeholder={placeholder}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
          }}
        />
        <button className="fr-btn" type="submit" title={buttonLabel}>
          {buttonLabel}
        </button>
      </div>
    </form>
  );
}
