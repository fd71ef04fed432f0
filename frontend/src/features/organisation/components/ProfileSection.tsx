import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, ErrorSummary, fieldErrorsOf, InputField, problemText, type FieldErrors } from '../../../components/form';
import { formatDate } from '../../../lib/format';
import { updateOrganisation, type Organisation, type OrganisationUpdate } from '../api/organisation';
import { USER_CONTENT_LANGUAGE } from '../../../components/UserText';

const orNull = (value: string): string | null => (value.trim() === '' ? null : value.trim());

/** The organisation's identity (read-only) and the profile its administrators can edit. */
export function ProfileSection({
  organisation,
  canEdit,
  onSaved,
}: {
  organisation: Organisation;
  canEdit: boolean;
  onSaved: (organisation: Organisation) => void;
}) {
  const { t, i18n } = useTranslation();
  const supplier = organisation.kind === 'SUPPLIER';
  const [legalForm, setLegalForm] = useState(organisation.legalForm ?? '');
  const [description, setDescription] = useState(organisation.description ?? '');
  const [contactEmail, setContactEmail] = useState(organisation.contactEmail ?? '');
  const [contactPhone, setContactPhone] = useState(organisation.contactPhone ?? '');
  const [purchasingDepartment, setPurchasingDepartment] = useState(organisation.purchasingDepartment ?? '');
  const [departments, setDepartments] = useState(organisation.departmentsServed.join(', '));
  const [proofReference, setProofReference] = useState(organisation.insertionProofReference ?? '');
  const [validUntil, setValidUntil] = useState(organisation.insertionValidUntil ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string; n: number } | null>(null);
  const [busy, setBusy] = useState(false);

  const fields: Record<string, { id: string; label: string }> = {
    legalForm: { id: 'profile-legal-form', label: t('signUp.legalForm') },
    description: { id: 'profile-description', label: t('profile.description') },
    contactEmail: { id: 'profile-contact-email', label: t('profile.contactEmail') },
    contactPhone: { id: 'profile-contact-phone', label: t('profile.contactPhone') },
    purchasingDepartment: { id: 'profile-purchasing-department', label: t('profile.purchasingDepartment') },
    departmentsServed: { id: 'profile-departments', label: t('profile.departmentsServed') },
    insertionProofReference: { id: 'profile-proof-reference', label: t('signUp.proofReference') },
    insertionValidUntil: { id: 'profile-valid-until', label: t('signUp.validUntil') },
  };
  const id = (name: string) => fields[name]?.id ?? name;
  const label = (name: string) => fields[name]?.label ?? name;

  async function onSubmit(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault();
    setErrors({});
    const update: OrganisationUpdate = {
      legalForm: orNull(legalForm),
      description: orNull(description),
      contactEmail: orNull(contactEmail),
      contactPhone: orNull(contactPhone),
      purchasingDepartment: supplier ? organisation.purchasingDepartment : orNull(purchasingDepartment),
      departmentsServed: departments
        .split(/[,;\s]+/)
        .map((d) => d.trim())
        .filter((d) => d !== ''),
      insertionProofReference: supplier ? orNull(proofReference) : organisation.insertionProofReference,
      insertionValidUntil: supplier ? orNull(validUntil) : organisation.insertionValidUntil,
    };
    setBusy(true);
    try {
      const saved = await updateOrganisation(update);
      setMessage((previous) => ({ kind: 'success', text: t('profile.saved'), n: (previous?.n ?? 0) + 1 }));
      onSaved(saved);
    } catch (error) {
      const serverErrors = fieldErrorsOf(error);
      if (Object.keys(serverErrors).length > 0) {
        setMessage(null);
        setErrors(serverErrors);
      } else {
        setMessage((previous) => ({ kind: 'error', text: problemText(error, t('form.unexpected')), n: (previous?.n ?? 0) + 1 }));
      }
    } finally {
      setBusy(false);
    }
  }

  // The third member marks a fact typed by the organisation (its name) with its language.
  const facts: [string, string, string?][] = [
    [t('signUp.legalName'), organisation.legalName, USER_CONTENT_LANGUAGE],
    [t('signUp.siret'), organisation.siret],
    [t('profile.kind'), t(`organisationKind.${organisation.kind}`)],
    [t('profile.createdAt'), formatDate(organisation.createdAt, i18n.language)],
  ];
  if (supplier && organisation.insertionStatus !== null) {
    facts.push([t('signUp.insertionStatus'), t(`insertionStatus.${organisation.insertionStatus}`)]);
  }
  if (!supplier && organisation.publicBodyType !== null) {
    facts.push([t('signUp.publicBodyType'), t(`publicBodyType.${organisation.publicBodyType}`)]);
  }

  return (
    <section className="fr-mb-6w" aria-labelledby="section-profile" id="profil">
      <h2 id="section-profile">{t('organisation.profile')}</h2>
      <dl className="boucle-facts" data-testid="organisation-facts">
        {facts.map(([term, value, lang]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd lang={lang}>{value}</dd>
          </div>
        ))}
      </dl>
      {canEdit ? (
        <>
          {message !== null && (
            <Alert kind={message.kind} key={message.n}>
              {message.text}
            </Alert>
          )}
          <ErrorSummary errors={errors} fields={fields} />
          <form onSubmit={(e) => void onSubmit(e)} noValidate>
            <InputField id={id('legalForm')} label={label('legalForm')} value={legalForm} onChange={setLegalForm} error={errors.legalForm} />
            <InputField
              id={id('description')}
              label={label('description')}
              hint={t('profile.descriptionHint')}
              textarea
              value={description}
              onChange={setDescription}
              error={errors.description}
            />
            <InputField
              id={id('contactEmail')}
              label={label('contactEmail')}
              type="email"
              autoComplete="email"
              value={contactEmail}
              onChange={setContactEmail}
              error={errors.contactEmail}
            />
            <InputField
              id={id('contactPhone')}
              label={label('contactPhone')}
              type="tel"
              autoComplete="tel"
              value={contactPhone}
              onChange={setContactPhone}
              error={errors.contactPhone}
            />
            {!supplier && (
              <InputField
                id={id('purchasingDepartment')}
                label={label('purchasingDepartment')}
                value={purchasingDepartment}
                onChange={setPurchasingDepartment}
                error={errors.purchasingDepartment}
              />
            )}
            <InputField
              id={id('departmentsServed')}
              label={label('departmentsServed')}
              hint={t('profile.departmentsHint')}
              value={departments}
              onChange={setDepartments}
              error={errors.departmentsServed}
            />
            {supplier && (
              <>
                <InputField
                  id={id('insertionProofReference')}
                  label={label('insertionProofReference')}
                  value={proofReference}
                  onChange={setProofReference}
                  error={errors.insertionProofReference}
                />
                <InputField
                  id={id('insertionValidUntil')}
                  label={label('insertionValidUntil')}
                  hint={t('form.dateHint')}
                  type="date"
                  value={validUntil}
                  onChange={setValidUntil}
                  error={errors.insertionValidUntil}
                />
              </>
            )}
            <button className="fr-btn" type="submit" disabled={busy}>
              {t('profile.save')}
            </button>
          </form>
        </>
      ) : (
        <dl className="boucle-facts">
          <div>
            <dt>{t('profile.contactEmail')}</dt>
            <dd>{organisation.contactEmail ?? '—'}</dd>
          </div>
          <div>
            <dt>{t('profile.contactPhone')}</dt>
            <dd>{organisation.contactPhone ?? '—'}</dd>
          </div>
          <div>
            <dt>{t('profile.description')}</dt>
            <dd lang={USER_CONTENT_LANGUAGE}>{organisation.description ?? '—'}</dd>
          </div>
        </dl>
      )}
    </section>
  );
}
