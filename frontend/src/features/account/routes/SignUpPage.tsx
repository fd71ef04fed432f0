import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import {
  Alert,
  ErrorSummary,
  fieldErrorsOf,
  InputField,
  problemText,
  RadioGroup,
  requireFields,
  SelectField,
  type FieldErrors,
} from '../../../components/form';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import {
  INSERTION_STATUSES,
  PROOF_OPTIONAL,
  PUBLIC_BODY_TYPES,
  signUp,
  type OrganisationKind,
  type SignupRequest,
} from '../api/auth';

const MIN_PASSWORD = 12;

/** Self-service sign-up of a supplier or buyer organisation and its first administrator. */
export function SignUpPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('signUp.title'));
  const [kind, setKind] = useState<OrganisationKind>('SUPPLIER');
  const [legalName, setLegalName] = useState('');
  const [siret, setSiret] = useState('');
  const [legalForm, setLegalForm] = useState('');
  const [insertionStatus, setInsertionStatus] = useState('');
  const [proofReference, setProofReference] = useState('');
  const [validUntil, setValidUntil] = useState('');
  const [publicBodyType, setPublicBodyType] = useState('');
  const [fullName, setFullName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<{ text: string; n: number } | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);

  const proofNeeded = kind === 'SUPPLIER' && !PROOF_OPTIONAL.includes(insertionStatus);
  const fields: Record<string, { id: string; label: string }> = {
    'organisation.kind': { id: 'signup-kind', label: t('signUp.kind') },
    'organisation.legalName': { id: 'signup-legal-name', label: t('signUp.legalName') },
    'organisation.siret': { id: 'signup-siret', label: t('signUp.siret') },
    'organisation.legalForm': { id: 'signup-legal-form', label: t('signUp.legalForm') },
    'organisation.insertionStatus': { id: 'signup-insertion-status', label: t('signUp.insertionStatus') },
    'organisation.insertionProofReference': { id: 'signup-proof-reference', label: t('signUp.proofReference') },
    'organisation.insertionValidUntil': { id: 'signup-valid-until', label: t('signUp.validUntil') },
    'organisation.publicBodyType': { id: 'signup-public-body', label: t('signUp.publicBodyType') },
    'admin.fullName': { id: 'signup-full-name', label: t('signUp.fullName') },
    'admin.email': { id: 'signup-email', label: t('signUp.email') },
    'admin.password': { id: 'signup-password', label: t('signUp.password') },
  };
  const field = (path: string) => fields[path] ?? { id: path, label: path };

  function validate(): FieldErrors {
    const required: Record<string, string> = {
      'organisation.legalName': legalName,
      'organisation.siret': siret,
      'admin.fullName': fullName,
      'admin.email': email,
      'admin.password': password,
    };
    if (kind === 'SUPPLIER') {
      required['organisation.insertionStatus'] = insertionStatus;
      if (proofNeeded) {
        required['organisation.insertionProofReference'] = proofReference;
        required['organisation.insertionValidUntil'] = validUntil;
      }
    } else {
      required['organisation.publicBodyType'] = publicBodyType;
    }
    const found = requireFields(required, t('form.required'));
    if (!('admin.password' in found) && password.length < MIN_PASSWORD) {
      found['admin.password'] = t('form.passwordTooShort', { count: MIN_PASSWORD });
    }
    // Keep the summary in the order of the form.
    const ordered: FieldErrors = {};
    for (const path of Object.keys(fields)) {
      const message = found[path];
      if (message !== undefined) ordered[path] = message;
    }
    return ordered;
  }

  async function onSubmit(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(null);
    const found = validate();
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const organisation: SignupRequest['organisation'] = { kind, legalName: legalName.trim(), siret: siret.replace(/\s/g, '') };
    if (legalForm.trim() !== '') organisation.legalForm = legalForm.trim();
    if (kind === 'SUPPLIER') {
      organisation.insertionStatus = insertionStatus;
      if (proofReference.trim() !== '') organisation.insertionProofReference = proofReference.trim();
      if (validUntil !== '') organisation.insertionValidUntil = validUntil;
    } else {
      organisation.publicBodyType = publicBodyType;
    }
    setBusy(true);
    try {
      await signUp({ organisation, admin: { fullName: fullName.trim(), email: email.trim(), password } });
      setDone(true);
    } catch (error) {
      const serverErrors = fieldErrorsOf(error);
      if (Object.keys(serverErrors).length > 0) {
        setErrors(serverErrors);
      } else {
        setFailure((previous) => ({ text: problemText(error, t('form.unexpected')), n: (previous?.n ?? 0) + 1 }));
      }
    } finally {
      setBusy(false);
    }
  }

  if (done) {
    return (
      <div className="fr-container fr-py-6w">
        <h1>{t('signUp.heading')}</h1>
        <Alert kind="success" title={t('signUp.doneTitle')} testId="signup-success">
          <p>{t('signUp.doneText')}</p>
        </Alert>
        <Link className="fr-btn" to="/connexion">
          {t('nav.signIn')}
        </Link>
      </div>
    );
  }

  return (
    <div className="fr-container fr-py-6w">
      <div className="fr-grid-row">
        <div className="fr-col-12 fr-col-md-8">
          <h1>{t('signUp.heading')}</h1>
          <p>{t('signUp.intro')}</p>
          {failure !== null && (
            <Alert kind="error" key={failure.n}>
              {failure.text}
            </Alert>
          )}
          <ErrorSummary errors={errors} fields={fields} testId="signup-error-summary" />
          <form onSubmit={(e) => void onSubmit(e)} noValidate>
            <h2 className="fr-h4">{t('signUp.organisationSection')}</h2>
            <RadioGroup
              id={field('organisation.kind').id}
              legend={t('signUp.kind')}
              value={kind}
              onChange={(value) => {
                setKind(value === 'BUYER' ? 'BUYER' : 'SUPPLIER');
              }}
              options={[
                { value: 'SUPPLIER', label: t('signUp.kindSupplier') },
                { value: 'BUYER', label: t('signUp.kindBuyer') },
              ]}
              error={errors['organisation.kind']}
            />
            <InputField
              id={field('organisation.legalName').id}
              label={t('signUp.legalName')}
              autoComplete="organization"
              required
              value={legalName}
              onChange={setLegalName}
              error={errors['organisation.legalName']}
            />
            <InputField
              id={field('organisation.siret').id}
              label={t('signUp.siret')}
              hint={t('signUp.siretHint')}
              inputMode="numeric"
              required
              value={siret}
              onChange={setSiret}
              error={errors['organisation.siret']}
            />
            <InputField
              id={field('organisation.legalForm').id}
              label={t('signUp.legalForm')}
              hint={t('form.optional')}
              value={legalForm}
              onChange={setLegalForm}
              error={errors['organisation.legalForm']}
            />
            {kind === 'SUPPLIER' ? (
              <>
                <SelectField
                  id={field('organisation.insertionStatus').id}
                  label={t('signUp.insertionStatus')}
                  placeholder={t('form.choose')}
                  required
                  value={insertionStatus}
                  onChange={setInsertionStatus}
                  options={INSERTION_STATUSES.map((value) => ({ value, label: t(`insertionStatus.${value}`) }))}
                  error={errors['organisation.insertionStatus']}
                />
                <InputField
                  id={field('organisation.insertionProofReference').id}
                  label={t('signUp.proofReference')}
                  hint={proofNeeded ? t('signUp.proofReferenceHint') : t('signUp.proofOptionalHint')}
                  required={proofNeeded}
                  value={proofReference}
                  onChange={setProofReference}
                  error={errors['organisation.insertionProofReference']}
                />
                <InputField
                  id={field('organisation.insertionValidUntil').id}
                  label={t('signUp.validUntil')}
                  hint={t('form.dateHint')}
                  type="date"
                  required={proofNeeded}
                  value={validUntil}
                  onChange={setValidUntil}
                  error={errors['organisation.insertionValidUntil']}
                />
              </>
            ) : (
              <SelectField
                id={field('organisation.publicBodyType').id}
                label={t('signUp.publicBodyType')}
                placeholder={t('form.choose')}
                required
                value={publicBodyType}
                onChange={setPublicBodyType}
                options={PUBLIC_BODY_TYPES.map((value) => ({ value, label: t(`publicBodyType.${value}`) }))}
                error={errors['organisation.publicBodyType']}
              />
            )}
            <h2 className="fr-h4 fr-mt-4w">{t('signUp.adminSection')}</h2>
            <InputField
              id={field('admin.fullName').id}
              label={t('signUp.fullName')}
              autoComplete="name"
              required
              value={fullName}
              onChange={setFullName}
              error={errors['admin.fullName']}
            />
            <InputField
              id={field('admin.email').id}
              label={t('signUp.email')}
              hint={t('signUp.emailHint')}
              type="email"
              autoComplete="email"
              required
              value={email}
              onChange={setEmail}
              error={errors['admin.email']}
            />
            <InputField
              id={field('admin.password').id}
              label={t('signUp.password')}
              hint={t('form.passwordHint', { count: MIN_PASSWORD })}
              type="password"
              autoComplete="new-password"
              required
              value={password}
              onChange={setPassword}
              error={errors['admin.password']}
            />
            <button className="fr-btn" type="submit" disabled={busy}>
              {t('signUp.submit')}
            </button>
          </form>
        </div>
      </div>
    </div>
  );
}
