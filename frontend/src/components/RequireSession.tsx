import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router-dom';
import { useSession } from '../lib/session';
import { useDocumentTitle } from './useDocumentTitle';

/**
 * Renders its children for signed-in people (optionally with a role, or any of several roles);
 * sends others to sign in.
 */
export function RequireSession({ role, anyRole, children }: { role?: string; anyRole?: readonly string[]; children: ReactNode }) {
  const { me, loading } = useSession();
  const location = useLocation();
  if (loading) return <Loading />;
  if (me === null) {
    const back = location.pathname + location.search;
    return <Navigate to={`/connexion?retour=${encodeURIComponent(back)}`} replace />;
  }
  if (role !== undefined && !me.roles.includes(role)) return <Forbidden />;
  if (anyRole !== undefined && !me.roles.some((r) => anyRole.includes(r))) return <Forbidden />;
  return <>{children}</>;
}

function Loading() {
  const { t } = useTranslation();
  useDocumentTitle(t('session.loading'));
  return (
    <div className="fr-container fr-py-6w">
      <p aria-live="polite">{t('session.loading')}</p>
    </div>
  );
}

function Forbidden() {
  const { t } = useTranslation();
  useDocumentTitle(t('session.forbiddenTitle'));
  return (
    <div className="fr-container fr-py-6w">
      <h1>{t('session.forbiddenTitle')}</h1>
      <p>{t('session.forbiddenText')}</p>
    </div>
  );
}
