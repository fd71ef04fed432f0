import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Alert, problemText } from '../../../components/form';
import { RequireSession } from '../../../components/RequireSession';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import { isAdmin, useSession, type Me } from '../../../lib/session';
import { BillingProfileSection, CardPaymentSettingSection } from '../../invoicing';
import { organisationKeys, useOrganisation, useSites } from '../api/queries';
import { ApiTokensSection } from '../components/ApiTokensSection';
import { AuditSection } from '../components/AuditSection';
import { MembersSection } from '../components/MembersSection';
import { ProfileSection } from '../components/ProfileSection';
import { SitesSection } from '../components/SitesSection';
import { StatusBadge } from '../components/StatusBadge';
import { UserText } from '../../../components/UserText';

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
  const client = useQueryClient();
  const admin = isAdmin(me);
  const siteKind = me.organisationKind === 'BUYER' ? 'services' : me.organisationKind === 'SUPPLIER' ? 'depots' : null;
  const organisationQuery = useOrganisation();
  const organisation = organisationQuery.data ?? null;
  const error = organisationQuery.isError ? problemText(organisationQuery.error, t('form.unexpected')) : null;
  // A person with neither depots nor services reads none; sites that fail to load show as none.
  const sitesQuery = useSites(siteKind ?? 'services', siteKind !== null);
  const sites = sitesQuery.data ?? (sitesQuery.isError ? [] : null);

  const sections: { id: string; label: string }[] = [{ id: 'profil', label: t('organisation.profile') }];
  if (siteKind !== null) sections.push({ id: siteKind, label: t(siteKind === 'services' ? 'organisation.services' : 'organisation.depots') });
  const supplier = me.organisationKind === 'SUPPLIER';
  if (supplier) sections.push({ id: 'facturation', label: t('invoicing.billing.heading') });
  // The buyer's card payment setting is its admins' to read and change.
  const buyerAdmin = me.organisationKind === 'BUYER' && admin;
  if (buyerAdmin) sections.push({ id: 'paiement', label: t('invoicing.cardSetting.heading') });
  sections.push({ id: 'membres', label: t('organisation.members') });
  if (admin) {
    sections.push({ id: 'jetons', label: t('organisation.tokens') });
    sections.push({ id: 'audit', label: t('organisation.audit') });
  }

  return (
    <div className="fr-container fr-py-6w">
      <UserText as="h1">{organisation?.legalName ?? me.organisationName}</UserText>
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
        <ProfileSection organisation={organisation} canEdit={admin} onSaved={(saved) => {
            client.setQueryData(organisationKeys.profile, saved);
          }} />
      )}
      {siteKind !== null && <SitesSection kind={siteKind} sites={sites} canEdit={admin} />}
      {supplier && <BillingProfileSection canEdit={admin} />}
      {buyerAdmin && <CardPaymentSettingSection />}
      <MembersSection kind={me.organisationKind} services={sites ?? []} canManage={admin} myId={me.personId} />
      {admin && <ApiTokensSection kind={me.organisationKind} />}
      {admin && <AuditSection />}
    </div>
  );
}
