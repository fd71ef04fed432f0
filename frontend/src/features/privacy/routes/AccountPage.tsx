import { useEffect, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { Alert, ErrorSummary, fieldErrorsOf, InputField, problemText, type FieldErrors } from '../../../components/form';
import { RequireSession } from '../../../components/RequireSession';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import { useSession, type Me } from '../../../lib/session';
import { PERSONAL_DATA_JSON, personalDataSummaryUrl, useCorrectDetails, useEraseAccount } from '../api/privacy';

/** "Mon compte": the signed-in person's own details and their rights over their data (RGPD). */
export function AccountPage() {
  return (
    <RequireSession>
      <SignedInAccount />
    </RequireSession>
  );
}

function SignedInAccount() {
  const { me } = useSession();
  return me === null ? null : <AccountView me={me} />;
}

function AccountView({ me }: { me: Me }) {
  const { t } = useTranslation();
  useDocumentTitle(t('privacy.account.title'));
  return (
    <div className="fr-container fr-py-6w">
      <h1>{t('privacy.account.title')}</h1>
      <p>
        {t('privacy.account.intro')} <Link to="/donnees-personnelles">{t('privacy.account.policyLink')}</Link>
      </p>
      <DetailsSection me={me} />
      <CopySection />
      <ErasureSection />
    </div>
  );
}

function DetailsSection({ me }: { me: Me }) {
  const { t } = useTranslation();
  const { signedIn } = useSession();
  const [fullName, setFullName] = useState(me.fullName);
  const [email, setEmail] = useState(me.email);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string; n: number } | null>(null);
  const correct = useCorrectDetails();
  const fields = {
    fullName: { id: 'account-full-name', label: t('privacy.account.fullName') },
    email: { id: 'account-email', label: t('privacy.account.email') },
  };

  function onSubmit(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault();
    setErrors({});
    correct.mutate(
      { fullName, email },
      {
        onSuccess: (updated) => {
          setMessage((previous) => ({ kind: 'success', text: t('privacy.account.saved'), n: (previous?.n ?? 0) + 1 }));
          signedIn(updated);
        },
        onError: (error) => {
          const serverErrors = fieldErrorsOf(error);
          if (Object.keys(serverErrors).length > 0) {
            setMessage(null);
            setErrors(serverErrors);
          } else {
            setMessage((previous) => ({ kind: 'error', text: problemText(error, t('form.unexpected')), n: (previous?.n ?? 0) + 1 }));
          }
        },
      },
    );
  }

  return (
    <section className="fr-mb-6w" aria-labelledby="account-details">
      <h2 id="account-details">{t('privacy.account.details')}</h2>
      <p>{t('privacy.account.detailsHint')}</p>
      {message !== null && (
        <Alert kind={message.kind} key={message.n}>
          {message.text}
        </Alert>
      )}
      <ErrorSummary errors={errors} fields={fields} testId="account-errors" />
      <form onSubmit={onSubmit} noValidate data-testid="account-details-form">
        <InputField
          id={fields.fullName.id}
          label={fields.fullName.label}
          value={fullName}
          onChange={setFullName}
          autoComplete="name"
          required
          error={errors.fullName}
        />
        <InputField
          id={fields.email.id}
          label={fields.email.label}
          type="email"
          value={email}
          onChange={setEmail}
          autoComplete="email"
          required
          error={errors.email}
        />
        <button type="submit" className="fr-btn" disabled={correct.isPending}>
          {t('privacy.account.save')}
        </button>
      </form>
    </section>
  );
}

function CopySection() {
  const { t, i18n } = useTranslation();
  return (
    <section className="fr-mb-6w" aria-labelledby="account-copy">
      <h2 id="account-copy">{t('privacy.account.copy')}</h2>
      <p>{t('privacy.account.copyHint')}</p>
      <ul className="fr-btns-group fr-btns-group--inline-md">
        <li>
          <a className="fr-btn fr-btn--secondary" href={PERSONAL_DATA_JSON} download data-testid="personal-data-json">
            {t('privacy.account.downloadJson')}
          </a>
        </li>
        <li>
          <a
            className="fr-btn fr-btn--tertiary"
            href={personalDataSummaryUrl(i18n.language)}
            target="_blank"
            rel="noopener"
            title={`${t('privacy.account.readSummary')} - ${t('footer.newWindow')}`}
            data-testid="personal-data-summary"
          >
            {t('privacy.account.readSummary')}
          </a>
        </li>
      </ul>
    </section>
  );
}

function ErasureSection() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const erase = useEraseAccount();
  const [confirming, setConfirming] = useState(false);

  function onConfirm() {
    erase.mutate(undefined, {
      onSuccess: () => {
        setConfirming(false);
        // The erased page forgets the session: here it would send the person to sign in first.
        void navigate('/compte/efface', { replace: true });
      },
      onError: () => {
        setConfirming(false);
      },
    });
  }

  return (
    <section className="fr-mb-6w" aria-labelledby="account-erasure">
      <h2 id="account-erasure">{t('privacy.account.erasure')}</h2>
      <p>{t('privacy.account.erasureHint')}</p>
      {erase.isError && (
        <Alert kind="error" testId="erasure-error">
          {problemText(erase.error, t('form.unexpected'))}
        </Alert>
      )}
      <button
        type="button"
        className="fr-btn fr-btn--secondary"
        onClick={() => {
          setConfirming(true);
        }}
      >
        {t('privacy.account.erase')}
      </button>
      {confirming && (
        <ConfirmDialog
          title={t('privacy.account.confirmTitle')}
          confirmLabel={t('privacy.account.confirmErase')}
          onConfirm={onConfirm}
          onClose={() => {
            setConfirming(false);
          }}
          busy={erase.isPending}
          testId="erasure-dialog"
        >
          <p>{t('privacy.account.confirmText')}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}

/** Shown once the account is erased (the person is signed out by then). */
export function AccountErasedPage() {
  const { t } = useTranslation();
  const { refresh } = useSession();
  useEffect(() => {
    void refresh();
  }, [refresh]);
  useDocumentTitle(t('privacy.erased.title'));
  return (
    <div className="fr-container fr-py-6w">
      <h1>{t('privacy.erased.title')}</h1>
      <p>{t('privacy.erased.text')}</p>
      <Link to="/">{t('privacy.erased.home')}</Link>
    </div>
  );
}
