import { QueryClientContext } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { apiFetch, jsonBody, setUnauthorizedHandler } from './api';

export type OrganisationKind = 'SUPPLIER' | 'BUYER' | 'OPERATOR';
export type OrganisationStatus = 'PENDING' | 'ACTIVE' | 'SUSPENDED';
export type Role = 'SUPPLIER_ADMIN' | 'SUPPLIER_STAFF' | 'BUYER_ADMIN' | 'REQUESTER' | 'APPROVER' | 'OPERATOR';

/** The signed-in person, as GET /api/auth/me describes them. */
export interface Me {
  personId: string;
  email: string;
  fullName: string;
  roles: string[];
  serviceIds: string[];
  organisationId: string;
  organisationName: string;
  organisationKind: OrganisationKind;
  organisationStatus: OrganisationStatus;
  /** The person's language for e-mails: 'fr' or 'en'. */
  language?: 'fr' | 'en';
  /** When the browser session ends (RGAA 13.1: the interface warns before and offers to extend it). */
  sessionExpiresAt?: string | null;
  /** Seconds the session has left when the server answered (timers use it: no clock skew). */
  sessionSecondsLeft?: number | null;
}

/** Extends the browser session: a new session cookie, valid for a full session again. */
export function extendSession(): Promise<Me> {
  return apiFetch<Me>('/api/auth/session/extend', { method: 'POST' });
}

/** When, on this browser's clock, the session of this answer ends; null when unknown. */
export function expiryOf(me: Me | null, receivedAt: number = Date.now()): number | null {
  if (me === null || typeof me.sessionSecondsLeft !== 'number') return null;
  return receivedAt + me.sessionSecondsLeft * 1000;
}

/** Records the signed-in person's language, so the e-mails Boucle sends them follow it. */
export function saveLanguage(language: 'fr' | 'en'): Promise<void> {
  return apiFetch<undefined>('/api/auth/me/language', jsonBody('PUT', { language }));
}

export interface Session {
  /** The signed-in person, or null when signed out. */
  me: Me | null;
  /** True until the first /api/auth/me answer. */
  loading: boolean;
  /** Reads /api/auth/me again. */
  refresh: () => Promise<Me | null>;
  /** Records the person the sign-in answer returned, without another round trip. */
  signedIn: (me: Me) => void;
  /** Ends the session on the server and forgets the person here. */
  signOut: () => Promise<void>;
  /** When the session ends, on this browser's clock (ms); null when signed out or unknown. */
  expiresAt: number | null;
  /** Re-issues the session cookie for a full session; the person stays on the page. */
  extend: () => Promise<void>;
  /** The session ran out here: forget the person and remember why (the sign-in page says it). */
  expire: () => void;
  /** True when the last session ended by running out (time or a 401), until the next sign-in. */
  expired: boolean;
}

const SessionContext = createContext<Session | null>(null);

async function loadMe(): Promise<Me | null> {
  try {
    return await apiFetch<Me>('/api/auth/me');
  } catch {
    // 401 (signed out) or any failure: treat the visitor as signed out.
    return null;
  }
}

/** Loads the current session once and shares it with the whole interface. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [me, setMeOnly] = useState<Me | null>(null);
  const [expiresAt, setExpiresAt] = useState<number | null>(null);
  const [expired, setExpired] = useState(false);
  const [loading, setLoading] = useState(true);
  const setMe = useCallback((value: Me | null) => {
    setMeOnly(value);
    setExpiresAt(expiryOf(value));
  }, []);
  const queryClient = useContext(QueryClientContext);
  const personId = me?.personId ?? null;
  const previousPerson = useRef(personId);

  // Cached answers belong to the person who asked: forget them when someone else (or no one) is signed in.
  useEffect(() => {
    if (previousPerson.current !== null && previousPerson.current !== personId) queryClient?.clear();
    previousPerson.current = personId;
  }, [personId, queryClient]);

  useEffect(() => {
    let active = true;
    void loadMe().then((loaded) => {
      if (!active) return;
      setMe(loaded);
      setLoading(false);
    });
    return () => {
      active = false;
    };
  }, [setMe]);

  // A 401 on any later call means the session ended (expired, signed out elsewhere).
  const signedInRef = useRef(false);
  useEffect(() => {
    signedInRef.current = me !== null;
  }, [me]);
  useEffect(() => {
    setUnauthorizedHandler(() => {
      if (signedInRef.current) setExpired(true);
      setMe(null);
    });
    return () => {
      setUnauthorizedHandler(() => undefined);
    };
  }, [setMe]);

  const refresh = useCallback(async () => {
    const loaded = await loadMe();
    setMe(loaded);
    setLoading(false);
    return loaded;
  }, [setMe]);

  const signedIn = useCallback(
    (value: Me) => {
      setMe(value);
      setExpired(false);
      setLoading(false);
    },
    [setMe],
  );

  const signOut = useCallback(async () => {
    try {
      await apiFetch<undefined>('/api/auth/logout', { method: 'POST' });
    } finally {
      setExpired(false);
      setMe(null);
    }
  }, [setMe]);

  const extend = useCallback(async () => {
    setMe(await extendSession());
  }, [setMe]);

  const expire = useCallback(() => {
    setExpired(true);
    setMe(null);
  }, [setMe]);

  const value = useMemo(
    () => ({ me, loading, refresh, signedIn, signOut, expiresAt, extend, expire, expired }),
    [me, loading, refresh, signedIn, signOut, expiresAt, extend, expire, expired],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

/** The current session; must be used under {@link SessionProvider}. */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (session === null) {
    throw new Error('useSession must be used inside <SessionProvider>');
  }
  return session;
}

export const ADMIN_ROLES: readonly string[] = ['SUPPLIER_ADMIN', 'BUYER_ADMIN'];

/** True when the person administers their organisation. */
export function isAdmin(me: Me | null): boolean {
  return me !== null && me.roles.some((role) => ADMIN_ROLES.includes(role));
}

/**
 * Where a person lands after signing in when no return path was asked for: the page where their
 * work waits. One role decides, in this order: operator, supplier, buyer administrator, approver,
 * requester. A person whose organisation is not active yet (or any more) lands on the organisation
 * page, which explains its status.
 */
export function landingPath(me: Me): string {
  const has = (role: Role) => me.roles.includes(role);
  if (has('OPERATOR')) return '/operateur';
  if (me.organisationStatus !== 'ACTIVE') return '/organisation';
  if (has('SUPPLIER_ADMIN') || has('SUPPLIER_STAFF')) return '/commandes?aTraiter=1';
  // Spend overview until the reporting dashboard exists.
  if (has('BUYER_ADMIN')) return '/accords-cadres';
  if (has('APPROVER')) return '/approbations';
  if (has('REQUESTER')) return '/catalogue';
  return '/organisation';
}

/** Keeps only local paths as return targets, so a crafted link cannot send people elsewhere. */
export function safeReturnPath(value: string | null, fallback: string): string {
  if (value === null || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return fallback;
  return value;
}
