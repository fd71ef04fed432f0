import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import {
  Alert,
  ErrorSummary,
  fieldErrorsOf,
  InputField,
  problemText,
  requireFields,
  type FieldErrors,
} from '../../../components/form';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import { ApiError } from '../../../lib/api';
import { confirmPasswordReset } from '../api/auth';

const MIN_PASSWORD = 12;

/** Chooses a new password from the link received by email. */
export function PasswordResetPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('passwordReset.title'));
  const { token = '' } = useParams();
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<{ text: string; n: number } | null>(null);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);
  const fields = { password: { id: 'reset-password', label: t('passwordReset.password') } };

  async function onSubmit(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(null);
    const found = requireFields({ password }, t('form.required'));
    if (!('password' in found) && password.length < MIN_PASSWORD) {
      found.password = t('form.passwordTooShort', { count: MIN_PASSWORD });
    }
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      await confirmPasswordReset(token, password);
      setDone(true);
    } catch (error) {
      const serverErrors = fieldErrorsOf(error);
      if (Object.keys(serverErrors).length > 0) {
        // The token itself may be rejected too: show it at the top, the rest next to the field.
        const { password: passwordError, ...others } = serverErrors;
        setErrors(passwordError === undefined ? {} : { password: passwordError });
        const other = Object.values(others)[0];
        if (other !== undefined) setFailure((previous) => ({ text: other, n: (previous?.n ?? 0) + 1 }));
        return;
      }
      let text = problemText(error, t('form.unexpected'));
      if (error instanceof ApiError && error.status === 404) text = t('passwordReset.unknown');
      if (error instanceof ApiError && error.status === 410) text = t('passwordReset.gone');
      setFailure((previous) => ({ text, n: (previous?.n ?? 0) + 1 }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="fr-container fr-py-6w">
      <div className="fr-grid-row">
        <div className="fr-col-12 fr-col-md-6">
          <h1>{t('passwordReset.heading')}</h1>
          {done ? (
            <>
              <Alert kind="success" testId="reset-done">
                {t('passwordReset.done')}
              </Alert>
              <Link className="fr-btn" to="/connexion">
                {t('nav.signIn')}
              </Link>
            </>
          ) : (
            <>
              {failure !== null && (
                <Alert kind="error" key={failure.n} testId="reset-error">
                  {failure.text}
                </Alert>
              )}
              <ErrorSummary errors={errors} fields={fields} />
              <form onSubmit={(e) => void onSubmit(e)} noValidate>
                <InputField
                  id={fields.password.id}
                  label={fields.password.label}
                  hint={t('form.passwordHint', { count: MIN_PASSWORD })}
                  type="password"
                  autoComplete="new-password"
                  required
                  value={password}
                  onChange={setPassword}
                  error={errors.password}
                />
                <button className="fr-btn" type="submit" disabled={busy}>
                  {t('passwordReset.submit')}
                </button>
              </form>
              <p className="fr-mt-3w">
                <Link className="fr-link" to="/mot-de-passe/oubli">
                  {t('passwordReset.askAgain')}
                </Link>
              </p>
            </>
          )}
        </div>
      </div>
    </div>
  );
}
