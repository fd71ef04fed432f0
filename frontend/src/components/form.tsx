import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../lib/api';
import { codedText } from '../lib/problems';

/** Error messages keyed by field path (the API's `errors[].field`, e.g. "organisation.siret"). */
export type FieldErrors = Record<string, string>;

/**
 * The field errors an API failure carries (first message per field wins), each in the interface's
 * words for its code, else as the server worded it.
 */
export function fieldErrorsOf(error: unknown): FieldErrors {
  const errors: FieldErrors = {};
  if (error instanceof ApiError) {
    for (const e of error.problem.errors ?? []) {
      if (!(e.field in errors)) errors[e.field] = codedText(e, e.message);
    }
  }
  return errors;
}

/**
 * The human text of an API failure: the interface's words for its code, else the server's detail
 * (in the language the interface asked for), else the fallback — never the English status title.
 */
export function problemText(error: unknown, fallback: string): string {
  if (error instanceof ApiError) return codedText({ ...error.problem, message: error.problem.detail }, fallback);
  return fallback;
}

function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const joined = ids.filter((id): id is string => typeof id === 'string' && id !== '').join(' ');
  return joined === '' ? undefined : joined;
}

interface InputFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  error?: string | undefined;
  type?: 'text' | 'email' | 'password' | 'date' | 'tel' | 'number' | 'url';
  autoComplete?: string;
  required?: boolean;
  readOnly?: boolean;
  inputMode?: 'text' | 'numeric' | 'decimal' | 'email' | 'tel';
  textarea?: boolean;
}

/** A DSFR input group: label, optional hint, input and its linked error message. */
export function InputField({
  id,
  label,
  value,
  onChange,
  hint,
  error,
  type = 'text',
  autoComplete,
  required = false,
  readOnly = false,
  inputMode,
  textarea = false,
}: InputFieldProps) {
  const hintId = hint === undefined ? undefined : `${id}-hint`;
  const errorId = error === undefined ? undefined : `${id}-error`;
  const common = {
    id,
    name: id,
    className: `fr-input${error === undefined ? '' : ' fr-input--error'}`,
    value,
    readOnly,
    'aria-invalid': error === undefined ? undefined : true,
    'aria-describedby': describedBy(hintId, errorId),
    'aria-required': required ? true : undefined,
  } as const;
  return (
    <div className={`fr-input-group${error === undefined ? '' : ' fr-input-group--error'}`}>
      <label className="fr-label" htmlFor={id}>
        {label}
      </label>
      {/* The hint stays outside the label so the field's accessible name is exactly its label. */}
      {hint !== undefined && (
        <p className="fr-hint-text fr-mb-1w" id={hintId}>
          {hint}
        </p>
      )}
      {textarea ? (
        <textarea
          {...common}
          onChange={(e) => {
            onChange(e.target.value);
          }}
        />
      ) : (
        <input
          {...common}
          type={type}
          autoComplete={autoComplete}
          inputMode={inputMode}
          onChange={(e) => {
            onChange(e.target.value);
          }}
        />
      )}
      {error !== undefined && (
        <p className="fr-error-text" id={errorId}>
          {error}
        </p>
      )}
    </div>
  );
}

interface SelectFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: readonly ChoiceOption[];
  placeholder?: string;
  hint?: string;
  error?: string | undefined;
  required?: boolean;
}

/** A choice; lang marks a label typed by a user (a service's name…) with its language (RGAA 8.7). */
export interface ChoiceOption {
  value: string;
  label: string;
  lang?: string;
}

/** A DSFR select group with its label and linked error. */
export function SelectField({ id, label, value, onChange, options, placeholder, hint, error, required = false }: SelectFieldProps) {
  const hintId = hint === undefined ? undefined : `${id}-hint`;
  const errorId = error === undefined ? undefined : `${id}-error`;
  return (
    <div className={`fr-select-group${error === undefined ? '' : ' fr-select-group--error'}`}>
      <label className="fr-label" htmlFor={id}>
        {label}
      </label>
      {/* The hint stays outside the label so the field's accessible name is exactly its label. */}
      {hint !== undefined && (
        <p className="fr-hint-text fr-mb-1w" id={hintId}>
          {hint}
        </p>
      )}
      <select
        id={id}
        name={id}
        className={`fr-select${error === undefined ? '' : ' fr-select--error'}`}
        value={value}
        aria-invalid={error === undefined ? undefined : true}
        aria-describedby={describedBy(hintId, errorId)}
        aria-required={required ? true : undefined}
        onChange={(e) => {
          onChange(e.target.value);
        }}
      >
        {placeholder !== undefined && (
          <option value="" disabled={required}>
            {placeholder}
          </option>
        )}
        {options.map((option) => (
          <option key={option.value} value={option.value} lang={option.lang}>
            {option.label}
          </option>
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

interface ChoiceGroupProps {
  id: string;
  legend: string;
  options: readonly ChoiceOption[];
  hint?: string;
  error?: string | undefined;
  inline?: boolean;
}

/** A fieldset of checkboxes bound to a list of selected values. */
export function CheckboxGroup({
  id,
  legend,
  options,
  values,
  onChange,
  hint,
  error,
  inline = false,
}: ChoiceGroupProps & { values: readonly string[]; onChange: (values: string[]) => void }) {
  return (
    <ChoiceFieldset id={id} legend={legend} hint={hint} error={error}>
      {options.map((option) => {
        const optionId = `${id}-${option.value}`;
        return (
          <div className={`fr-fieldset__element${inline ? ' fr-fieldset__element--inline' : ''}`} key={option.value}>
            <div className="fr-checkbox-group">
              <input
                type="checkbox"
                id={optionId}
                name={id}
                value={option.value}
                checked={values.includes(option.value)}
                aria-describedby={error === undefined ? undefined : `${id}-error`}
                onChange={(e) => {
                  onChange(
                    e.target.checked ? [...values, option.value] : values.filter((value) => value !== option.value),
                  );
                }}
              />
              <label className="fr-label" htmlFor={optionId} lang={option.lang}>
                {option.label}
              </label>
            </div>
          </div>
        );
      })}
    </ChoiceFieldset>
  );
}

/** A fieldset of radio buttons bound to one value. */
export function RadioGroup({
  id,
  legend,
  options,
  value,
  onChange,
  hint,
  error,
  inline = false,
}: ChoiceGroupProps & { value: string; onChange: (value: string) => void }) {
  return (
    <ChoiceFieldset id={id} legend={legend} hint={hint} error={error} role="radiogroup">
      {options.map((option) => {
        const optionId = `${id}-${option.value}`;
        return (
          <div className={`fr-fieldset__element${inline ? ' fr-fieldset__element--inline' : ''}`} key={option.value}>
            <div className="fr-radio-group">
              <input
                type="radio"
                id={optionId}
                name={id}
                value={option.value}
                checked={value === option.value}
                aria-describedby={error === undefined ? undefined : `${id}-error`}
                onChange={() => {
                  onChange(option.value);
                }}
              />
              <label className="fr-label" htmlFor={optionId} lang={option.lang}>
                {option.label}
              </label>
            </div>
          </div>
        );
      })}
    </ChoiceFieldset>
  );
}

function ChoiceFieldset({
  id,
  legend,
  hint,
  error,
  role,
  children,
}: {
  id: string;
  legend: string;
  hint?: string | undefined;
  error?: string | undefined;
  role?: 'radiogroup';
  children: ReactNode;
}) {
  return (
    <fieldset
      className={`fr-fieldset${error === undefined ? '' : ' fr-fieldset--error'}`}
      id={id}
      role={role === undefined ? 'group' : role}
      aria-labelledby={`${id}-legend`}
      aria-describedby={hint === undefined ? undefined : `${id}-hint`}
    >
      <legend className="fr-fieldset__legend fr-fieldset__legend--regular" id={`${id}-legend`}>
        {legend}
      </legend>
      {hint !== undefined && (
        <p className="fr-hint-text fr-fieldset__element" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {children}
      {error !== undefined && (
        <div className="fr-messages-group" aria-live="polite">
          <p className="fr-message fr-message--error" id={`${id}-error`}>
            {error}
          </p>
        </div>
      )}
    </fieldset>
  );
}

/**
 * The list of a form's errors, shown above it after a failed submit. It takes focus
 * each time a new set of errors arrives, and links each error to its field.
 */
export function ErrorSummary({
  errors,
  fields,
  testId,
}: {
  errors: FieldErrors;
  /** Field path → the input's id and label; errors on unknown paths are listed without a link. */
  fields: Record<string, { id: string; label: string }>;
  testId?: string;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const entries = Object.entries(errors);
  useEffect(() => {
    if (Object.keys(errors).length > 0) ref.current?.focus();
  }, [errors]);
  if (entries.length === 0) return null;
  return (
    <div className="fr-alert fr-alert--error fr-mb-3w" tabIndex={-1} ref={ref} data-testid={testId}>
      <h2 className="fr-alert__title">{t('form.errorSummary', { count: entries.length })}</h2>
      <ul>
        {entries.map(([field, message]) => {
          const target = fields[field];
          return (
            <li key={field}>
              {target === undefined ? (
                message
              ) : (
                <a href={`#${target.id}`}>
                  {target.label}
                  {t('form.colon')}
                  {message}
                </a>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** A small alert that takes focus when it appears (give it a new `key` to announce a new message). */
export function Alert({
  kind,
  children,
  title,
  testId,
  focus = true,
}: {
  kind: 'error' | 'success' | 'info' | 'warning';
  children: ReactNode;
  title?: string;
  testId?: string;
  focus?: boolean;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus]);
  return (
    <div
      className={`fr-alert fr-alert--${kind}${title === undefined ? ' fr-alert--sm' : ''} fr-mb-3w`}
      role={kind === 'error' ? 'alert' : 'status'}
      aria-live={kind === 'error' ? 'assertive' : 'polite'}
      tabIndex={-1}
      ref={ref}
      data-testid={testId}
    >
      {title !== undefined && <h2 className="fr-alert__title">{title}</h2>}
      {typeof children === 'string' ? <p>{children}</p> : children}
    </div>
  );
}

/** Required-field check shared by forms: adds "required" messages for empty values. */
export function requireFields(values: Record<string, string>, message: string): FieldErrors {
  const errors: FieldErrors = {};
  for (const [field, value] of Object.entries(values)) {
    if (value.trim() === '') errors[field] = message;
  }
  return errors;
}
