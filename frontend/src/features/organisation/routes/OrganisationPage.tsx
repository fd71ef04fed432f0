import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, problemText } from '../../../components/form';
import { RequireSession } from '../../../components/RequireSession';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import { isAdmin, useSession, type Me } from '../../../lib/session';
import { fetchOrganisation, fetchSites, type Organisation, type Site } from '../api/organisation';
import { ApiTokensSection } from '../components/ApiTokensSection';
import { AuditSection } from '../components/AuditSection';
import { MembersSection } from '../components/MembersSection';
import { ProfileSection } from '../components/ProfileSection';
import { SitesSection } from '../components/SitesSection';
import { StatusBadge } from '../components/StatusBadge';

/** "Mon organisation": profile, depots or services, members, API tokens and audit trail. */
export function OrganisationPage() {
  return (
    <RequireSession>
      <SignedInOrganisation />
    </RequireSession>
  );
}

function SignedInOrganisation() {
  const { me } = useSession();
  // RequireSession guarantees a signed-in person.
  return me === null ? null : <OrganisationView me={me} />;
}

function OrganisationView({ me }: { me: Me }) {
  const { t } = useTranslation();
  useDocumentTitle(t('organisation.title'));
  const [organisation, setOrganisation] = useState<Organisation | null>(null);
  const [sites, setSites] = useState<Site[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const admin = isAdmin(me);
  const siteKind = me.organisationKind === 'BUYER' ? 'services' : me.organisationKind === 'SUPPLIER' ? 'depots' : null;

  useEffect(() => {
    let active = true;
    fetchOrganisation()
      .then((loaded) => {
        if (active) setOrganisation(loaded);
      })
      .catch((failure: unknown) => {
        if (active) setError(problemText(failure, t('form.unexpected')));
      });
    return () => {
      active = false;
    };
  }, [t]);

  const reloadSites = useCallback(async () => {
    if (siteKind === null) return;
    try {
      setSites(await fetchSites(siteKind));
    } catch {
      setSites([]);
    }
  }, [siteKind]);

  useEffect(() => {
    if (siteKind === null) return;
    let active = true;
    fetchSites(siteKind)
      .then((loaded) => {
        if (active) setSites(loaded);
      })
      .catch(() => {
        if (active) setSites([]);
      });
    return () => {
      active = false;
    };
  }, [siteKind]);

  const sections: { id: string; label: string }[] = [{ id: 'profil', label: t('organisation.profile') }];
  if (siteKind !== null) sections.push({ id: siteKind, label: t(siteKind === 'services' ? 'organisation.services' : 'organisation.depots') });
  sections.push({ id: 'membres', label: t('organisation.members') });
  if (admin) {
    sections.push({ id: 'jetons', label: t('organisation.tokens') });
    sections.push({ id: 'audit', label: t('organisation.audit') });
  }

  return (
    <div className="fr-container fr-py-6w">
      <h1>{organisation?.legalName ?? me.organisationName}</h1>
      <StatusBadge status={organisation?.status ?? me.organisationStatus} />
      {(organisation?.status ?? me.organisationStatus) === 'PENDING' && (
        <Alert kind="info" focus={false}>
          {t('organisation.pendingText')}
        </Alert>
      )}
      <nav className="fr-summary fr-my-3w" role="navigation" aria-labelledby="organisation-summary-title">
        <p className="fr-summary__title" id="organisation-summary-title">
          {t('organisation.summary')}
        </p>
        <ol className="fr-summary__list">
          {sections.map((section) => (
            <li key={section.id}>
              <a className="fr-summary__link" href={`#${section.id}`}>
                {section.label}
              </a>
            </li>
          ))}
        </ol>
      </nav>
      {error !== null && <Alert kind="error">{error}</Alert>}
      {organisation === null ? (
        error === null && <p aria-live="polite">{t('session.loading')}</p>
      ) : (
        <ProfileSection organisation={organisation} canEdit={admin} onSaved={setOrganisation} />
      )}
      {siteKind !== null && <SitesSection kind={siteKind} sites={sites} canEdit={admin} onChanged={reloadSites} />}
      <MembersSection kind={me.organisationKind} services={sites ?? []} canManage={admin} myId={me.personId} />
      {admin && <ApiTokensSection kind={me.organisationKind} />}
      {admin && <AuditSection />}
    </div>
  );
}
