import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Alert,
  CheckboxGroup,
  ErrorSummary,
  fieldErrorsOf,
  InputField,
  problemText,
  requireFields,
  type FieldErrors,
} from '../../../components/form';
import { SERVICE_ROLES, type Member } from '../api/organisation';
import { useCreateInvitation, useUpdateMemberRoles } from '../api/queries';

export type Options = { value: string; label: string }[];

export function needsService(roles: string[]): boolean {
  return roles.some((role) => SERVICE_ROLES.includes(role));
}

/** Invites a person by e-mail with their roles (and services, for requesters and approvers). */
export function InviteForm({
  roleOptions,
  serviceOptions,
  onInvited,
}: {
  roleOptions: Options;
  serviceOptions: Options;
  onInvited: (email: string) => void;
}) {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [roles, setRoles] = useState<string[]>([]);
  const [serviceIds, setServiceIds] = useState<string[]>([]);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<{ text: string; n: number } | null>(null);
  const [busy, setBusy] = useState(false);
  const invite = useCreateInvitation();
  const fields = {
    email: { id: 'invite-email', label: t('members.inviteEmail') },
    roles: { id: 'invite-roles', label: t('members.roles') },
    serviceIds: { id: 'invite-services', label: t('organisation.services') },
  };

  async function onSubmit(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(null);
    const found = requireFields({ email }, t('form.required'));
    if (roles.length === 0) found.roles = t('members.chooseRole');
    if (serviceOptions.length > 0 && needsService(roles) && serviceIds.length === 0) found.serviceIds = t('members.chooseService');
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      await invite.mutateAsync({ email: email.trim(), roles, serviceIds: needsService(roles) ? serviceIds : [] });
      onInvited(email.trim());
      setEmail('');
      setRoles([]);
      setServiceIds([]);
    } catch (error) {
      const serverErrors = fieldErrorsOf(error);
      if (Object.keys(serverErrors).length > 0) setErrors(serverErrors);
      else setFailure((previous) => ({ text: problemText(error, t('form.unexpected')), n: (previous?.n ?? 0) + 1 }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="invite-title" className="fr-mt-4w">
      <h3 className="fr-h5" id="invite-title">
        {t('members.inviteTitle')}
      </h3>
      {failure !== null && (
        <Alert kind="error" key={failure.n}>
          {failure.text}
        </Alert>
      )}
      <ErrorSummary errors={errors} fields={fields} />
      <InputField
        id={fields.email.id}
        label={fields.email.label}
        type="email"
        required
        value={email}
        onChange={setEmail}
        error={errors.email}
      />
      <CheckboxGroup id={fields.roles.id} legend={t('members.roles')} options={roleOptions} values={roles} onChange={setRoles} error={errors.roles} />
      {serviceOptions.length > 0 && (
        <CheckboxGroup
          id={fields.serviceIds.id}
          legend={t('organisation.services')}
          hint={t('members.servicesHint')}
          options={serviceOptions}
          values={serviceIds}
          onChange={setServiceIds}
          error={errors.serviceIds}
        />
      )}
      <button className="fr-btn" type="submit" disabled={busy}>
        {t('members.sendInvitation')}
      </button>
    </form>
  );
}

/** Changes a member's roles and services. */
export function RolesForm({
  member,
  roleOptions,
  serviceOptions,
  onDone,
}: {
  member: Member;
  roleOptions: Options;
  serviceOptions: Options;
  onDone: (message: string | null) => void;
}) {
  const { t } = useTranslation();
  const [roles, setRoles] = useState<string[]>(member.roles);
  const [serviceIds, setServiceIds] = useState<string[]>(member.serviceIds);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<{ text: string; n: number } | null>(null);
  const [busy, setBusy] = useState(false);
  const saveRoles = useUpdateMemberRoles();
  const fields = {
    roles: { id: 'member-roles', label: t('members.roles') },
    serviceIds: { id: 'member-services', label: t('organisation.services') },
  };

  async function onSubmit(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault();
    const found: FieldErrors = {};
    if (roles.length === 0) found.roles = t('members.chooseRole');
    if (serviceOptions.length > 0 && needsService(roles) && serviceIds.length === 0) found.serviceIds = t('members.chooseService');
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      await saveRoles.mutateAsync({ id: member.id, roles, serviceIds: needsService(roles) ? serviceIds : [] });
      onDone(t('members.rolesSaved', { name: member.fullName }));
    } catch (error) {
      const serverErrors = fieldErrorsOf(error);
      if (Object.keys(serverErrors).length > 0) setErrors(serverErrors);
      else setFailure((previous) => ({ text: problemText(error, t('form.unexpected')), n: (previous?.n ?? 0) + 1 }));
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="member-roles-title" className="fr-mt-3w" data-testid="roles-form">
      <h3 className="fr-h5" id="member-roles-title">
        {t('members.editRolesOf', { name: member.fullName })}
      </h3>
      {failure !== null && (
        <Alert kind="error" key={failure.n}>
          {failure.text}
        </Alert>
      )}
      <ErrorSummary errors={errors} fields={fields} />
      <CheckboxGroup id={fields.roles.id} legend={t('members.roles')} options={roleOptions} values={roles} onChange={setRoles} error={errors.roles} />
      {serviceOptions.length > 0 && (
        <CheckboxGroup
          id={fields.serviceIds.id}
          legend={t('organisation.services')}
          hint={t('members.servicesHint')}
          options={serviceOptions}
          values={serviceIds}
          onChange={setServiceIds}
          error={errors.serviceIds}
        />
      )}
      <ul className="fr-btns-group fr-btns-group--inline">
        <li>
          <button className="fr-btn" type="submit" disabled={busy}>
            {t('members.saveRoles')}
          </button>
        </li>
        <li>
          <button
            className="fr-btn fr-btn--secondary"
            type="button"
            onClick={() => {
              onDone(null);
            }}
          >
            {t('common.cancel')}
          </button>
        </li>
      </ul>
    </form>
  );
}
