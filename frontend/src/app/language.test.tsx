import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { changeLanguage } from '../lib/i18n';
import { calls, jsonResponse, stubFetch } from '../test/fetchStub';
import { routes } from './routes';

const ME = {
  personId: 'p1',
  email: 'acheteur@boucle.test',
  fullName: 'Agathe Acheteuse',
  roles: ['BUYER_ADMIN'],
  serviceIds: [],
  organisationId: 'o1',
  organisationName: 'Ville de Créteil',
  organisationKind: 'BUYER',
  organisationStatus: 'ACTIVE',
  language: 'fr',
};

function renderHome() {
  render(<RouterProvider router={createMemoryRouter(routes, { initialEntries: ['/'] })} />);
}

describe('the interface language', () => {
  afterEach(() => {
    changeLanguage('fr');
    vi.unstubAllGlobals();
  });

  it('becomes the signed-in person’s language when they switch, for the e-mails Boucle sends them', async () => {
    let saved: unknown = null;
    const fetch = stubFetch({
      'GET /api/auth/me': () => jsonResponse(200, ME),
      'GET /api/categories': () => jsonResponse(200, []),
      'PUT /api/auth/me/language': (init) => {
        saved = JSON.parse(init?.body as string);
        return new Response(null, { status: 204 });
      },
    });
    renderHome();
    await screen.findAllByRole('button', { name: 'Se déconnecter' });
    await userEvent.click(screen.getAllByRole('button', { name: 'English' })[0] as HTMLElement);
    await waitFor(() => {
      expect(saved).toEqual({ language: 'en' });
    });
    const put = fetch.mock.calls.find(([, init]) => init?.method === 'PUT');
    expect(new Headers(put?.[1]?.headers).get('Accept-Language')).toBe('en');
  });

  it('stays on this device only when nobody is signed in', async () => {
    const fetch = stubFetch({ 'GET /api/categories': () => jsonResponse(200, []) });
    renderHome();
    await userEvent.click(screen.getAllByRole('button', { name: 'English' })[0] as HTMLElement);
    expect(await screen.findByLabelText('Search refurbished goods')).toBeInTheDocument();
    expect(calls(fetch).filter((c) => c.startsWith('PUT'))).toEqual([]);
  });
});
