import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router-dom';
import { calls, jsonResponse, stubFetch } from '../test/fetchStub';
import { SessionProvider, useSession } from '../lib/session';
import { SessionTimeout, warningLead } from './SessionTimeout';

const MINUTE = 60_000;

/** The server's side: a session of 10 minutes from now, which the extend endpoint renews. */
function serverWithSession() {
  let end = Date.now() + 10 * MINUTE;
  const me = () => ({
    personId: 'p1',
    email: 'agent@example.fr',
    fullName: 'Camille Martin',
    roles: ['REQUESTER'],
    serviceIds: [],
    organisationId: 'o1',
    organisationName: 'Commune de Montreuil',
    organisationKind: 'BUYER',
    organisationStatus: 'ACTIVE',
    sessionExpiresAt: new Date(end).toISOString(),
    sessionSecondsLeft: Math.floor((end - Date.now()) / 1000),
  });
  const expired = () => jsonResponse(401, { title: 'Unauthorized', status: 401, code: 'session-ended' });
  return stubFetch({
    'GET /api/auth/me': () => (Date.now() < end ? jsonResponse(200, me()) : expired()),
    'POST /api/auth/session/extend': () => {
      if (Date.now() >= end) return expired();
      end = Date.now() + 10 * MINUTE;
      return jsonResponse(200, me());
    },
    'POST /api/auth/logout': () => new Response(null, { status: 204 }),
  });
}

function SignInProbe() {
  const location = useLocation();
  const { expired } = useSession();
  return (
    <p data-testid="sign-in">
      {location.search} {expired ? 'expired' : 'signed-out'}
    </p>
  );
}

function renderApp() {
  return render(
    <MemoryRouter initialEntries={['/stock/l1?onglet=photos']}>
      <SessionProvider>
        <SessionTimeout />
        <Routes>
          <Route path="/stock/:id" element={<button type="button">Enregistrer l’annonce</button>} />
          <Route path="/connexion" element={<SignInProbe />} />
        </Routes>
      </SessionProvider>
    </MemoryRouter>,
  );
}

async function advance(ms: number) {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}

describe('SessionTimeout (RGAA 13.1)', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    document.cookie = 'BOUCLE_CSRF=csrf-123';
  });

  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    document.cookie = 'BOUCLE_CSRF=; expires=Thu, 01 Jan 1970 00:00:00 GMT';
  });

  it('warns 5 minutes before the end, in a modal that takes the focus, and extends the session', async () => {
    const fetchMock = serverWithSession();
    renderApp();
    await advance(0);
    screen.getByRole('button', { name: 'Enregistrer l’annonce' }).focus();

    await advance(5 * MINUTE - 2000);
    expect(screen.queryByRole('dialog')).toBeNull();
    await advance(3000);
    const dialog = screen.getByRole('dialog', { name: 'Votre session va bientôt se terminer' });
    expect(dialog).toHaveAccessibleDescription(/votre session se termine dans (5 min 0|4 min 5\d) s/);
    const extend = screen.getByRole('button', { name: 'Prolonger ma session' });
    expect(extend).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Me déconnecter' })).toBeInTheDocument();

    // The countdown goes on while the modal is open.
    await advance(60_000);
    expect(dialog).toHaveAccessibleDescription(/dans (4 min 0|3 min 5\d) s/);

    fireEvent.click(extend);
    await advance(100);
    expect(screen.queryByRole('dialog')).toBeNull();
    const extendCall = fetchMock.mock.calls.find(([url, init]) => url === '/api/auth/session/extend' && init?.method === 'POST');
    expect(new Headers(extendCall?.[1]?.headers).get('X-CSRF-Token')).toBe('csrf-123');
    expect(screen.getByTestId('session-status')).toHaveTextContent(/Votre session est prolongée jusqu’à \d\d:\d\d/);
    // Focus goes back where the person was.
    expect(screen.getByRole('button', { name: 'Enregistrer l’annonce' })).toHaveFocus();

    // A full session again: no warning until 5 minutes before the new end.
    await advance(4 * MINUTE);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.queryByTestId('sign-in')).toBeNull();
    await advance(MINUTE + 2000);
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });

  it('takes the person to sign in, with the way back, when the session runs out all the same', async () => {
    serverWithSession();
    renderApp();
    await advance(0);
    await advance(5 * MINUTE + 1000);
    const dialog = screen.getByRole('dialog');
    // Closing the warning (Escape) does not stop the clock.
    fireEvent.keyDown(dialog, { key: 'Escape' });
    await advance(0);
    expect(screen.queryByRole('dialog')).toBeNull();

    await advance(5 * MINUTE);
    expect(screen.getByTestId('sign-in')).toHaveTextContent(`?retour=${encodeURIComponent('/stock/l1?onglet=photos')} expired`);
  });

  it('signs out from the warning when asked', async () => {
    const fetchMock = serverWithSession();
    renderApp();
    await advance(0);
    await advance(5 * MINUTE + 1000);
    fireEvent.click(screen.getByRole('button', { name: 'Me déconnecter' }));
    await advance(0);
    expect(calls(fetchMock)).toContain('POST /api/auth/logout');
    expect(screen.getByTestId('sign-in')).toHaveTextContent('signed-out');
  });

  it('gives a short session half of its time as warning, never less than RGAA’s 20 seconds for a minute-long one', () => {
    expect(warningLead(8 * 60 * MINUTE)).toBe(5 * MINUTE);
    expect(warningLead(MINUTE)).toBe(30_000);
  });
});
