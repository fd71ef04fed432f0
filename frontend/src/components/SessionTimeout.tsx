import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import { apiFetch } from '../lib/api';
import { expiryOf, useSession, type Me } from '../lib/session';
import { ConfirmDialog } from './ConfirmDialog';

/** How long before the end the warning shows (RGAA 13.1 asks for at least 20 seconds). */
export const WARNING_LEAD_MS = 5 * 60 * 1000;

/** The warning's lead for a session with this much time left: 5 minutes, or half of a shorter session. */
export function warningLead(remainingMs: number): number {
  return Math.max(0, Math.min(WARNING_LEAD_MS, Math.floor(remainingMs / 2)));
}

/** The session as the server sees it now, or null (a 401 also tells the session provider). */
async function currentSession(): Promise<Me | null> {
  try {
    return await apiFetch<Me>('/api/auth/me');
  } catch {
    return null;
  }
}

/**
 * RGAA 13.1 (time limits the person controls): a few minutes before the session ends, a modal
 * says so, takes the focus and offers to extend it or sign out. If the session ends all the same,
 * the person is taken to sign in, and brought back to this page afterwards. Another tab's
 * extension is noticed before warning or ending (the server is asked first).
 */
export function SessionTimeout() {
  const { t, i18n } = useTranslation();
  const { me, expiresAt, extend, signOut, expire, signedIn } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const here = useRef(location.pathname + location.search);
  // The session end the warning is open for: a new end (extended here or elsewhere) closes it.
  const [warnedFor, setWarnedFor] = useState<number | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const [announce, setAnnounce] = useState('');
  const signedInNow = me !== null;

  useEffect(() => {
    here.current = location.pathname + location.search;
  }, [location.pathname, location.search]);

  const warning = signedInNow && expiresAt !== null && warnedFor === expiresAt;

  useEffect(() => {
    if (!signedInNow || expiresAt === null) return undefined;
    const remaining = expiresAt - Date.now();
    const lead = warningLead(remaining);
    const extendedElsewhere = (fresh: Me | null, margin: number): boolean => {
      const end = expiryOf(fresh);
      if (fresh === null || end === null || end - Date.now() <= margin) return false;
      signedIn(fresh);
      return true;
    };
    const warnTimer = setTimeout(() => {
      void currentSession().then((fresh) => {
        if (fresh === null || extendedElsewhere(fresh, lead + 5000)) return;
        setNow(Date.now());
        setFailed(false);
        setWarnedFor(expiresAt);
      });
    }, Math.max(0, remaining - lead));
    const endTimer = setTimeout(() => {
      void currentSession().then((fresh) => {
        if (extendedElsewhere(fresh, 1000)) return;
        setWarnedFor(null);
        expire();
        void navigate(`/connexion?retour=${encodeURIComponent(here.current)}`, { replace: true });
      });
    }, Math.max(0, remaining));
    return () => {
      clearTimeout(warnTimer);
      clearTimeout(endTimer);
    };
  }, [signedInNow, expiresAt, expire, navigate, signedIn]);

  // The countdown in the modal, once a second while it is open.
  useEffect(() => {
    if (!warning) return undefined;
    const tick = setInterval(() => {
      setNow(Date.now());
    }, 1000);
    return () => {
      clearInterval(tick);
    };
  }, [warning]);

  async function onExtend() {
    setBusy(true);
    setFailed(false);
    try {
      await extend();
      setWarnedFor(null);
      setAnnounce('');
      // The new end, said once the modal has closed (a status message, RGAA 7.5).
      setTimeout(() => {
        setAnnounce('extended');
      }, 50);
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  }

  function onSignOut() {
    setWarnedFor(null);
    void signOut()
      .catch(() => undefined)
      .then(() => navigate('/connexion'));
  }

  const left = Math.max(0, Math.ceil(((expiresAt ?? now) - now) / 1000));
  const time =
    left >= 60
      ? t('sessionTimeout.minutesSeconds', { minutes: Math.floor(left / 60), seconds: left % 60 })
      : t('sessionTimeout.seconds', { seconds: left });
  const until =
    expiresAt === null
      ? ''
      : new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'fr-FR', { hour: '2-digit', minute: '2-digit' }).format(
          new Date(expiresAt),
        );

  return (
    <>
      <p className="fr-sr-only" role="status" data-testid="session-status">
        {announce === 'extended' && signedInNow ? t('sessionTimeout.extended', { time: until }) : ''}
      </p>
      {warning && (
        <ConfirmDialog
          title={t('sessionTimeout.title')}
          confirmLabel={t('sessionTimeout.extend')}
          onConfirm={() => void onExtend()}
          cancelLabel={t('sessionTimeout.signOut')}
          onCancel={onSignOut}
          onClose={() => {
            setWarnedFor(null);
          }}
          busy={busy}
          testId="session-timeout"
        >
          <p>{t('sessionTimeout.text', { time })}</p>
          {failed && (
            <p className="fr-error-text" role="alert">
              {t('sessionTimeout.failed')}
            </p>
          )}
        </ConfirmDialog>
      )}
    </>
  );
}
