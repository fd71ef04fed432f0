import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { Alert, ErrorSummary, InputField, problemText, requireFields, type FieldErrors } from '../../../components/form';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import { landingPath, safeReturnPath, useSession } from '../../../lib/session';
import { signIn } from '../api/auth';
import { useDemoAccounts, useProviders } from '../api/queries';

/** Sign in with email and password, or with an identity provider such as ProConnect. */
export function SignInPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('signIn.title'));
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { signedIn, expired } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<{ text: string; n: number } | null>(null);
  const [busy, setBusy] = useState(false);
  const providers = useProviders();
  const demo = useDemoAccounts();

  const fields = {
    email: { id: 'signin-email', label: t('signIn.email') },
    password: { id: 'signin-password', label: t('signIn.password') },
  };

  async function onSubmit(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault();
    const missing = requireFields({ email, password }, t('form.required'));
    setErrors(missing);
    if (Object.keys(missing).length > 0) {
      setFailure(null);
      return;
    }
    setBusy(true);
    try {
      const me = await signIn(email.trim(), password);
      signedIn(me);
      void navigate(safeReturnPath(params.get('retour'), landingPath(me)), { replace: true });
    } catch (error) {
      setFailure((previous) => ({ text: problemText(error, t('form.unexpected')), n: (previous?.n ?? 0) + 1 }));
      setBusy(false);
    }
  }

  return (
    <div className="fr-container fr-py-6w">
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-6">
          <h1>{t('signIn.heading')}</h1>
          {expired && failure === null && (
            <Alert kind="info" focus={false} testId="signin-session-ended">
              {t('sessionTimeout.ended')}
            </Alert>
          )}
          {params.get('erreur') === 'oidc' && failure === null && (
            <Alert kind="error" testId="signin-provider-refused">
              {t('signIn.providerRefused')}
            </Alert>
          )}
          {failure !== null && (
            <Alert kind="error" key={failure.n} testId="signin-error">
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
            <InputField
              id={fields.password.id}
              label={fields.password.label}
              type="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={setPassword}
              error={errors.password}
            />
            <p>
              <Link className="fr-link" to="/mot-de-passe/oubli">
                {t('signIn.forgot')}
              </Link>
            </p>
            <button className="fr-btn" type="submit" disabled={busy}>
              {t('signIn.submit')}
            </button>
          </form>
          <p className="fr-mt-3w">
            {t('signIn.noAccount')}{' '}
            <Link className="fr-link" to="/inscription">
              {t('nav.signUp')}
            </Link>
          </p>
        </div>
        <div className="fr-col-12 fr-col-md-6">
          {providers.length > 0 && (
            <section aria-labelledby="signin-providers">
              <h2 id="signin-providers">{t('signIn.providers')}</h2>
              <ul className="fr-btns-group">
                {providers.map((provider) => (
                  <li key={provider.id}>
                    <a className="fr-btn fr-btn--secondary" href={provider.loginUrl}>
                      {t('signIn.withProvider', { provider: provider.label })}
                    </a>
                  </li>
                ))}
              </ul>
            </section>
          )}
          {demo.length > 0 && (
            <section aria-labelledby="signin-demo">
              <h2 id="signin-demo" className="fr-h4">
                {t('signIn.demoTitle')}
              </h2>
              <div className="fr-table fr-table--sm" data-testid="demo-accounts">
                <table tabIndex={0}>
                  <caption>{t('signIn.demoCaption')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('signIn.demoWho')}</th>
                      <th scope="col">{t('signIn.email')}</th>
                      <th scope="col">{t('signIn.password')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {demo.map((account) => (
                      <tr key={account.email}>
                        <td>{account.who}</td>
                        <td>{account.email}</td>
                        <td>
                          <code>{account.password}</code>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </section>
          )}
        </div>
      </div>
    </div>
  );
}
