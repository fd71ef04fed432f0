import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, problemText } from '../../../components/form';
import { formatDate } from '../../../lib/format';
import type { OrganisationKind } from '../../../lib/session';
import { DataTable, type Column } from '../../../components/list/DataTable';
import { rolesFor, type Invitation, type Member, type Site } from '../api/organisation';
import { useInvitations, useMembers, useRevokeInvitation, useSetMemberActive } from '../api/queries';
import { InviteForm, RolesForm } from './MemberForms';
import { USER_CONTENT_LANGUAGE, UserText } from '../../../components/UserText';

type Message = { kind: 'success' | 'error'; text: string; n: number } | null;

/** Members of the organisation, their roles, and the invitations sent to join it. */
export function MembersSection({
  kind,
  services,
  canManage,
  myId,
}: {
  kind: OrganisationKind;
  services: Site[];
  canManage: boolean;
  myId: string;
}) {
  const { t, i18n } = useTranslation();
  const membersQuery = useMembers();
  const invitationsQuery = useInvitations(canManage);
  const members = membersQuery.data ?? null;
  const invitations = invitationsQuery.data ?? null;
  const failed = membersQuery.error ?? invitationsQuery.error;
  const loadError = failed === null ? null : problemText(failed, t('form.unexpected'));
  const setActive = useSetMemberActive();
  const revoke = useRevokeInvitation();
  const [message, setMessage] = useState<Message>(null);
  const [editing, setEditing] = useState<Member | null>(null);
  const roleOptions = rolesFor(kind).map((value) => ({ value, label: t(`roles.${value}`) }));
  const serviceOptions = services.map((service) => ({ value: service.id, label: service.name, lang: USER_CONTENT_LANGUAGE }));
  const serviceName = (id: string) => services.find((service) => service.id === id)?.name ?? id;

  const say = (kindOf: 'success' | 'error', text: string) => {
    setMessage((previous) => ({ kind: kindOf, text, n: (previous?.n ?? 0) + 1 }));
  };

  async function onToggleActive(member: Member) {
    try {
      await setActive.mutateAsync({ id: member.id, active: !member.active });
      say('success', t(member.active ? 'members.deactivated' : 'members.reactivated', { name: member.fullName }));
    } catch (error) {
      say('error', problemText(error, t('form.unexpected')));
    }
  }

  async function onRevoke(invitation: Invitation) {
    try {
      await revoke.mutateAsync(invitation.id);
      say('success', t('members.invitationRevoked', { email: invitation.email }));
    } catch (error) {
      say('error', problemText(error, t('form.unexpected')));
    }
  }

  const memberColumns: (Column<Member> | false)[] = [
    { id: 'name', header: t('signUp.fullName'), rowHeader: true, cell: (member) => <UserText>{member.fullName}</UserText> },
    { id: 'email', header: t('signUp.email'), cell: (member) => member.email },
    { id: 'roles', header: t('members.roles'), cell: (member) => member.roles.map((role) => t(`roles.${role}`)).join(', ') },
    kind === 'BUYER' && { id: 'services', header: t('organisation.services'), cell: (member) => <UserText>{member.serviceIds.map(serviceName).join(', ') || '—'}</UserText> },
    {
      id: 'state',
      header: t('members.state'),
      cell: (member) => (
        <p className={`fr-badge fr-badge--sm ${member.active ? 'fr-badge--success' : 'fr-badge--error'}`}>
          {member.active ? t('members.active') : t('members.inactive')}
        </p>
      ),
    },
    canManage && {
      id: 'actions',
      header: t('common.actions'),
      cell: (member) => (
        <ul className="fr-btns-group fr-btns-group--inline fr-btns-group--sm">
          <li>
            <button
              type="button"
              className="fr-btn fr-btn--secondary"
              aria-label={t('members.editRolesOf', { name: member.fullName })}
              onClick={() => {
                setEditing(member);
              }}
            >
              {t('members.editRoles')}
            </button>
          </li>
          {member.id !== myId && (
            <li>
              <button
                type="button"
                className="fr-btn fr-btn--tertiary"
                aria-label={t(member.active ? 'members.deactivateOf' : 'members.reactivateOf', { name: member.fullName })}
                onClick={() => void onToggleActive(member)}
              >
                {member.active ? t('members.deactivate') : t('members.reactivate')}
              </button>
            </li>
          )}
        </ul>
      ),
    },
  ];

  const invitationColumns: Column<Invitation>[] = [
    { id: 'email', header: t('signUp.email'), rowHeader: true, cell: (invitation) => invitation.email },
    { id: 'roles', header: t('members.roles'), cell: (invitation) => invitation.roles.map((role) => t(`roles.${role}`)).join(', ') },
    { id: 'sent', header: t('members.sentAt'), cell: (invitation) => formatDate(invitation.createdAt, i18n.language) },
    { id: 'expires', header: t('members.expiresAt'), cell: (invitation) => formatDate(invitation.expiresAt, i18n.language) },
    { id: 'state', header: t('members.state'), cell: (invitation) => t(`invitationState.${invitation.state}`) },
    {
      id: 'actions',
      header: t('common.actions'),
      cell: (invitation) =>
        invitation.state === 'PENDING' && (
          <button
            type="button"
            className="fr-btn fr-btn--sm fr-btn--tertiary"
            aria-label={t('members.revokeOf', { email: invitation.email })}
            onClick={() => void onRevoke(invitation)}
          >
            {t('members.revoke')}
          </button>
        ),
    },
  ];

  return (
    <section className="fr-mb-6w" aria-labelledby="section-members" id="membres">
      <h2 id="section-members">{t('organisation.members')}</h2>
      {loadError !== null && <Alert kind="error">{loadError}</Alert>}
      {message !== null && (
        <Alert kind={message.kind} key={message.n} testId="members-message">
          {message.text}
        </Alert>
      )}
      {members === null ? (
        loadError === null && <p aria-live="polite">{t('session.loading')}</p>
      ) : (
        <DataTable columns={memberColumns} rows={members} rowKey={(member) => member.id} caption={t('members.caption')} testId="members-table" />
      )}

      {canManage && editing !== null && (
        <RolesForm
          key={editing.id}
          member={editing}
          roleOptions={roleOptions}
          serviceOptions={kind === 'BUYER' ? serviceOptions : []}
          onDone={(text) => {
            setEditing(null);
            if (text !== null) say('success', text);
          }}
        />
      )}

      {canManage && (
        <>
          <InviteForm
            roleOptions={roleOptions}
            serviceOptions={kind === 'BUYER' ? serviceOptions : []}
            onInvited={(email) => {
              say('success', t('members.invited', { email }));
            }}
          />
          <h3 className="fr-h5 fr-mt-4w">{t('members.invitations')}</h3>
          {invitations === null ? null : invitations.length === 0 ? (
            <p>{t('members.noInvitations')}</p>
          ) : (
            <DataTable
              columns={invitationColumns}
              rows={invitations}
              rowKey={(invitation) => invitation.id}
              caption={t('members.invitationsCaption')}
              testId="invitations-table"
            />
          )}
        </>
      )}
    </section>
  );
}
