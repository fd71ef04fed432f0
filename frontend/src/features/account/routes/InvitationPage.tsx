import type { TFunction } from 'i18next';
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
import { acceptInvitation, type InvitationView } from '../api/auth';
import { useInvitation } from '../api/queries';

const MIN_PASSWORD = 12;

type Loaded = { state: 'loading' } | { state: 'ready'; invitation: InvitationView } | { state: 'gone' } | { state: 'error'; text: string };

/** What the page shows of the invitation: its form, that it is gone, or why it cannot be read. */
function loadedOf(invitation: InvitationView | undefined, error: Error | null, goneOnSubmit: boolean, t: TFunction): Loaded {
  if (goneOnSubmit) return { state: 'gone' };
  if (error instanceof ApiError && error.status === 410) return { state: 'gone' };
  if (error instanceof ApiError && error.status === 404) return { state: 'error', text: t('invitation.unknown') };
  if (error !== null) return { state: 'error', text: problemText(error, t('form.unexpected')) };
  return invitation === undefined ? { state: 'loading' } : { state: 'ready', invitation };
}

/** Someone invited by an organisation's administrator creates their account here. */
export function InvitationPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('invitation.title'));
  const { token = '' } = useParams();
  const query = useInvitation(token);
  // An invitation found used or expired on submitting reads as gone, like one found so on opening.
  const [goneOnSubmit, setGoneOnSubmit] = useState(false);
  const [fullName, setFullName] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<{ text: string; n: number } | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);

  const loaded = loadedOf(query.data, query.error, goneOnSubmit, t);

  const fields = {
    fullName: { id: 'invitation-full-name', label: t('signUp.fullName') },
    password: { id: 'invitation-password', label: t('signUp.password') },
  };

  async function onSubmit(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(null);
    const found = requireFields({ fullName, password }, t('form.required'));
    if (!('password' in found) && password.length < MIN_PASSWORD) {
      found.password = t('form.passwordTooShort', { count: MIN_PASSWORD });
    }
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      await acceptInvitation(token, fullName.trim(), password);
      setDone(true);
    } catch (error) {
      const serverErrors = fieldErrorsOf(error);
      if (Object.keys(serverErrors).length > 0) setErrors(serverErrors);
      else if (error instanceof ApiError && error.status === 410) setGoneOnSubmit(true);
      else setFailure((previous) => ({ text: problemText(error, t('form.unexpected')), n: (previous?.n ?? 0) + 1 }));
    } finally {
      setBusy(false);
    }
  }

  if (loaded.state === 'loading') {
    return (
      <div className="fr-container fr-py-6w">
        <h1>{t('invitation.title')}</h1>
        <p aria-live="polite">{t('session.loading')}</p>
      </div>
    );
  }
  if (loaded.state !== 'ready') {
    return (
      <div className="fr-container fr-py-6w">
        <h1>{t('invitation.title')}</h1>
        <Alert kind="error" testId="invitation-error">
          {loaded.state === 'gone' ? t('invitation.gone') : loaded.text}
        </Alert>
        <Link className="fr-link" to="/">
          {t('nav.home')}
        </Link>
      </div>
    );
  }

  const { invitation } = loaded;
  return (
    <div className="fr-container fr-py-6w">
      <div className="fr-grid-row">
        <div className="fr-col-12 fr-col-md-8">
          <h1>{t('invitation.heading', { organisation: invitation.organisationName })}</h1>
          {done ? (
            <>
              <Alert kind="success" testId="invitation-success">
                {t('invitation.done')}
              </Alert>
              <Link className="fr-btn" to="/connexion">
                {t('nav.signIn')}
              </Link>
            </>
          ) : (
            <>
              {failure !== null && (
                <Alert kind="error" key={failure.n}>
                  {failure.text}
                </Alert>
              )}
              <ErrorSummary errors={errors} fields={fields} />
              <form onSubmit={(e) => void onSubmit(e)} noValidate>
                <InputField id="invitation-email" label={t('signUp.email')} type="email" readOnly value={invitation.email} onChange={() => undefined} />
                <p>
                  {t('invitation.roles')}{' '}
                  {invitation.roles.map((role) => (
                    <span className="fr-tag fr-tag--sm fr-mr-1w" key={role}>
                      {t(`roles.${role}`)}
                    </span>
                  ))}
                </p>
                <InputField
                  id={fields.fullName.id}
                  label={fields.fullName.label}
                  autoComplete="name"
                  required
                  value={fullName}
                  onChange={setFullName}
                  error={errors.fullName}
                />
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
                  {t('invitation.submit')}
                </button>
              </form>
            </>
          )}
        </div>
      </div>
    </div>
  );
}
