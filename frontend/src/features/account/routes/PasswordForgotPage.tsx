import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Alert, ErrorSummary, InputField, problemText, requireFields, type FieldErrors } from '../../../components/form';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import { requestPasswordReset } from '../api/auth';

/** Asks for a password reset link; the answer never says whether the address is known. */
export function PasswordForgotPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('passwordForgot.title'));
  const [email, setEmail] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<{ text: string; n: number } | null>(null);
  const [sent, setSent] = useState(false);
  const [busy, setBusy] = useState(false);
  const fields = { email: { id: 'forgot-email', label: t('signIn.email') } };

  async function onSubmit(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(null);
    const found = requireFields({ email }, t('form.required'));
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      await requestPasswordReset(email.trim());
      setSent(true);
    } catch (error) {
      setFailure((previous) => ({ text: problemText(error, t('form.unexpected')), n: (previous?.n ?? 0) + 1 }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="fr-container fr-py-6w">
      <div className="fr-grid-row">
        <div className="fr-col-12 fr-col-md-6">
          <h1>{t('passwordForgot.heading')}</h1>
          {sent ? (
            <Alert kind="success" testId="forgot-sent">
              {t('passwordForgot.sent')}
            </Alert>
          ) : (
            <>
              <p>{t('passwordForgot.intro')}</p>
              {failure !== null && (
                <Alert kind="error" key={failure.n}>
                  {failure.text}
                </Alert>
              )}
              <ErrorSummary errors={errors} fields={fields} />
              <form onSubmit={(e) => void onSubmit(e)} noValidate>
                <InputField
                  id={fields.email.id}
                  label={fields.email.label}
                  type="email"
                  autoComplete="email"
                  required
                  value={email}
                  onChange={setEmail}
                  error={errors.email}
                />
                <button className="fr-btn" type="submit" disabled={busy}>
                  {t('passwordForgot.submit')}
                </button>
              </form>
            </>
          )}
          <p className="fr-mt-3w">
            <Link className="fr-link" to="/connexion">
              {t('passwordForgot.back')}
            </Link>
          </p>
        </div>
      </div>
    </div>
  );
}
