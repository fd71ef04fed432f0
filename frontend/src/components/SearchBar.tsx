import { useEffect, useRef, useState, type KeyboardEvent, type SyntheticEvent } from 'react';

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
  /** Type-ahead: completions for what has been typed; without it the bar is a plain search field. */
  suggest?: (query: string, signal: AbortSignal) => Promise<string[]>;
  /** Read by screen readers next to the suggestions, e.g. "Suggestions". */
  suggestionsLabel?: string;
}

const DEBOUNCE_MS = 200;
const MIN_CHARS = 2;

/**
 * The DSFR search bar in a search landmark. With `suggest`, it is an ARIA 1.2 combobox: suggestions
 * come after a short pause in typing (older requests are cancelled), arrows move through them,
 * Enter picks one and searches, Escape closes the list.
 */
export function SearchBar({
  id,
  label,
  placeholder,
  buttonLabel,
  initialValue = '',
  large = false,
  testId,
  onSearch,
  suggest,
  suggestionsLabel,
}: SearchBarProps) {
  const [query, setQuery] = useState(initialValue);
  const [typed, setTyped] = useState<string | null>(null);
  const [suggestions, setSuggestions] = useState<{ for: string; items: string[] }>({ for: '', items: [] });
  const [active, setActive] = useState(-1);
  const [open, setOpen] = useState(false);
  const latest = useRef<string>('');

  // Fetch completions for what the person typed (not for a suggestion they moved onto).
  useEffect(() => {
    if (suggest === undefined || typed === null) return;
    const text = typed.trim();
    latest.current = text;
    if (text.length < MIN_CHARS) return;
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      suggest(text, controller.signal)
        .then((items) => {
          if (!controller.signal.aborted && latest.current === text) setSuggestions({ for: text, items });
        })
        .catch(() => undefined);
    }, DEBOUNCE_MS);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [typed, suggest]);

  const current = typed?.trim() ?? '';
  const items = suggest !== undefined && current.length >= MIN_CHARS && suggestions.for === current ? suggestions.items : [];
  const expanded = open && items.length > 0;
  const listId = `${id}-suggestions`;
  const optionId = (index: number) => `${id}-suggestion-${String(index)}`;

  function submit(value: string) {
    setOpen(false);
    setActive(-1);
    onSearch(value.trim());
  }

  function onSubmit(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault();
    submit(query);
  }

  function choose(index: number) {
    const value = items[index];
    if (value === undefined) return;
    setQuery(value);
    submit(value);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (items.length === 0) return;
      event.preventDefault();
      if (!expanded) {
        setOpen(true);
        setActive(event.key === 'ArrowDown' ? 0 : items.length - 1);
        return;
      }
      const step = event.key === 'ArrowDown' ? 1 : -1;
      // Cycle through the options and back to the text as typed (-1).
      const states = items.length + 1;
      setActive((index) => ((((index + 1 + step) % states) + states) % states) - 1);
      return;
    }
    if (event.key === 'Enter' && expanded && active >= 0 && active < items.length) {
      event.preventDefault();
      choose(active);
      return;
    }
    if (event.key === 'Escape' && expanded) {
      event.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  }

  const activeIndex = expanded && active >= 0 && active < items.length ? active : -1;

  return (
    <form role="search" onSubmit={onSubmit} data-testid={testId}>
      <div className={large ? 'fr-search-bar fr-search-bar--lg boucle-combobox' : 'fr-search-bar boucle-combobox'} id={`${id}-bar`}>
        <label className="fr-label" htmlFor={id}>
          {label}
        </label>
        <input
          className="fr-input"
          id={id}
          name="q"
          // ARIA in HTML allows the combobox role on a text input, not on a search one (RGAA 8.2).
          type={suggest === undefined ? 'search' : 'text'}
          enterKeyHint="search"
          autoComplete="off"
          placeholder={placeholder}
          value={query}
          {...(suggest === undefined
            ? {}
            : {
                role: 'combobox',
                'aria-autocomplete': 'list' as const,
                'aria-expanded': expanded,
                'aria-controls': listId,
                ...(activeIndex >= 0 ? { 'aria-activedescendant': optionId(activeIndex) } : {}),
              })}
          onChange={(e) => {
            setQuery(e.target.value);
            setTyped(e.target.value);
            setActive(-1);
            setOpen(true);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => {
            setOpen(false);
            setActive(-1);
          }}
        />
        {suggest !== undefined && (
          <ul id={listId} role="listbox" aria-label={suggestionsLabel ?? label} className="boucle-combobox__list" hidden={!expanded}>
            {items.map((item, index) => (
              <li
                key={item}
                id={optionId(index)}
                role="option"
                aria-selected={index === activeIndex}
                className={index === activeIndex ? 'boucle-combobox__option boucle-combobox__option--active' : 'boucle-combobox__option'}
                onMouseDown={(e) => {
                  // Keep the focus in the input so the blur does not close the list first.
                  e.preventDefault();
                  choose(index);
                }}
              >
                {item}
              </li>
            ))}
          </ul>
        )}
        <button className="fr-btn" type="submit" title={buttonLabel}>
          {buttonLabel}
        </button>
      </div>
    </form>
  );
}
