import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, problemText } from '../../../components/form';
import { formatDate } from '../../../lib/format';
import type { OrganisationKind } from '../../../lib/session';
import {
  fetchInvitations,
  fetchMembers,
  revokeInvitation,
  rolesFor,
  setMemberActive,
  type Invitation,
  type Member,
  type Site,
} from '../api/organisation';
import { InviteForm, RolesForm } from './MemberForms';

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
  const [members, setMembers] = useState<Member[] | null>(null);
  const [invitations, setInvitations] = useState<Invitation[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [message, setMessage] = useState<Message>(null);
  const [editing, setEditing] = useState<Member | null>(null);
  const roleOptions = rolesFor(kind).map((value) => ({ value, label: t(`roles.${value}`) }));
  const serviceOptions = services.map((service) => ({ value: service.id, label: service.name }));
  const serviceName = (id: string) => services.find((service) => service.id === id)?.name ?? id;

  const say = useCallback((kindOf: 'success' | 'error', text: string) => {
    setMessage((previous) => ({ kind: kindOf, text, n: (previous?.n ?? 0) + 1 }));
  }, []);

  const load = useCallback(
    () => Promise.all([fetchMembers(), canManage ? fetchInvitations() : Promise.resolve(null)]),
    [canManage],
  );

  const reload = useCallback(async () => {
    try {
      const [loadedMembers, loadedInvitations] = await load();
      setMembers(loadedMembers);
      setInvitations(loadedInvitations);
    } catch (error) {
      setLoadError(problemText(error, t('form.unexpected')));
    }
  }, [load, t]);

  useEffect(() => {
    let active = true;
    load()
      .then(([loadedMembers, loadedInvitations]) => {
        if (!active) return;
        setMembers(loadedMembers);
        setInvitations(loadedInvitations);
      })
      .catch((error: unknown) => {
        if (active) setLoadError(problemText(error, t('form.unexpected')));
      });
    return () => {
      active = false;
    };
  }, [load, t]);

  async function onToggleActive(member: Member) {
    try {
      await setMemberActive(member.id, !member.active);
      say('success', t(member.active ? 'members.deactivated' : 'members.reactivated', { name: member.fullName }));
      await reload();
    } catch (error) {
      say('error', problemText(error, t('form.unexpected')));
    }
  }

  async function onRevoke(invitation: Invitation) {
    try {
      await revokeInvitation(invitation.id);
      say('success', t('members.invitationRevoked', { email: invitation.email }));
      await reload();
    } catch (error) {
      say('error', problemText(error, t('form.unexpected')));
    }
  }

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
        <div className="fr-table" data-testid="members-table">
          <table>
            <caption>{t('members.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('signUp.fullName')}</th>
                <th scope="col">{t('signUp.email')}</th>
                <th scope="col">{t('members.roles')}</th>
                {kind === 'BUYER' && <th scope="col">{t('organisation.services')}</th>}
                <th scope="col">{t('members.state')}</th>
                {canManage && <th scope="col">{t('common.actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {members.map((member) => (
                <tr key={member.id}>
                  <th scope="row">{member.fullName}</th>
                  <td>{member.email}</td>
                  <td>{member.roles.map((role) => t(`roles.${role}`)).join(', ')}</td>
                  {kind === 'BUYER' && <td>{member.serviceIds.map(serviceName).join(', ') || '—'}</td>}
                  <td>
                    <p className={`fr-badge fr-badge--sm ${member.active ? 'fr-badge--success' : 'fr-badge--error'}`}>
                      {member.active ? t('members.active') : t('members.inactive')}
                    </p>
                  </td>
                  {canManage && (
                    <td>
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
                              aria-label={t(member.active ? 'members.deactivateOf' : 'members.reactivateOf', {
                                name: member.fullName,
                              })}
                              onClick={() => void onToggleActive(member)}
                            >
                              {member.active ? t('members.deactivate') : t('members.reactivate')}
                            </button>
                          </li>
                        )}
                      </ul>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {canManage && editing !== null && (
        <RolesForm
          key={editing.id}
          member={editing}
          roleOptions={roleOptions}
          serviceOptions={kind === 'BUYER' ? serviceOptions : []}
          onDone={(text) => {
            setEditing(null);
            if (text !== null) {
              say('success', text);
              void reload();
            }
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
              void reload();
            }}
          />
          <h3 className="fr-h5 fr-mt-4w">{t('members.invitations')}</h3>
          {invitations === null ? null : invitations.length === 0 ? (
            <p>{t('members.noInvitations')}</p>
          ) : (
            <div className="fr-table" data-testid="invitations-table">
              <table>
                <caption>{t('members.invitationsCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('signUp.email')}</th>
                    <th scope="col">{t('members.roles')}</th>
                    <th scope="col">{t('members.sentAt')}</th>
                    <th scope="col">{t('members.expiresAt')}</th>
                    <th scope="col">{t('members.state')}</th>
                    <th scope="col">{t('common.actions')}</th>
                  </tr>
                </thead>
                <tbody>
                  {invitations.map((invitation) => (
                    <tr key={invitation.id}>
                      <th scope="row">{invitation.email}</th>
                      <td>{invitation.roles.map((role) => t(`roles.${role}`)).join(', ')}</td>
                      <td>{formatDate(invitation.createdAt, i18n.language)}</td>
                      <td>{formatDate(invitation.expiresAt, i18n.language)}</td>
                      <td>{t(`invitationState.${invitation.state}`)}</td>
                      <td>
                        {invitation.state === 'PENDING' && (
                          <button
                            type="button"
                            className="fr-btn fr-btn--sm fr-btn--tertiary"
                            aria-label={t('members.revokeOf', { email: invitation.email })}
                            onClick={() => void onRevoke(invitation)}
                          >
                            {t('members.revoke')}
                          </button>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </section>
  );
}
