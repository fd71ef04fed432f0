import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { routes } from '../../../app/routes';
import { en } from '../../../lib/locales/en';
import { fr } from '../../../lib/locales/fr';
import { calls, jsonResponse, stubFetch } from '../../../test/fetchStub';
import type { SavedSearch } from '../api/savedSearches';

const SUPPLIER = {
  personId: 'p1',
  email: 'awa@mobilier94.test',
  fullName: 'Awa Diallo',
  roles: ['SUPPLIER_ADMIN'],
  serviceIds: [],
  organisationId: 's1',
  organisationName: 'Mobilier Solidaire 94',
  organisationKind: 'SUPPLIER',
  organisationStatus: 'ACTIVE',
};

const CATEGORIES = [{ id: 'mobilier-bureau', label: 'Mobilier de bureau', children: [{ id: 'siege-bureau', label: 'Siège de bureau', children: [] }] }];

const SEARCH: SavedSearch = {
  id: 'ss1',
  name: 'Chaises du 94',
  categoryIds: ['siege-bureau'],
  departments: ['94'],
  words: 'chaises',
  kind: null,
  frequency: 'DAILY',
  createdAt: '2026-12-04T10:00:00Z',
};

function renderAt(path: string) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(<RouterProvider router={router} />);
  return router;
}

function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keys(value as object, `${prefix}${key}.`),
  );
}

function bodyOf(mock: ReturnType<typeof stubFetch>, method: string, url: string): unknown {
  const call = mock.mock.calls.find(([input, init]) => (input instanceof Request ? input.url : (input as string)) === url && init?.method === method);
  const body = call?.[1]?.body;
  return JSON.parse(typeof body === 'string' ? body : '{}');
}

describe('saved searches of needs', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('has the same message keys in French and English', () => {
    expect(keys(en.savedSearches).sort()).toEqual(keys(fr.savedSearches).sort());
  });

  it('saves the board’s current filters with the chosen frequency', async () => {
    const mock = stubFetch({
      'GET /api/auth/me': () => jsonResponse(200, SUPPLIER),
      'GET /api/needs': () => jsonResponse(200, { items: [], page: 0, size: 20, total: 0 }),
      'GET /api/categories': () => jsonResponse(200, CATEGORIES),
      'POST /api/needs/saved-searches': () => jsonResponse(201, { ...SEARCH, name: 'chaises', frequency: 'IMMEDIATE' }),
    });
    renderAt('/besoins?q=chaises&categorie=siege-bureau&departement=94');
    expect(await screen.findByRole('link', { name: 'Mes recherches enregistrées' })).toHaveAttribute('href', '/besoins/recherches');
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer cette recherche' }));
    expect(screen.getByLabelText(/Nom de la recherche/)).toHaveValue('chaises');
    await userEvent.click(screen.getByLabelText('À chaque nouveau besoin'));
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    const done = await screen.findByTestId('search-saved');
    expect(done).toHaveTextContent('Recherche « chaises » enregistrée.');
    expect(within(done).getByRole('link', { name: 'Mes recherches enregistrées' })).toHaveAttribute('href', '/besoins/recherches');
    expect(bodyOf(mock, 'POST', '/api/needs/saved-searches')).toEqual({
      name: 'chaises',
      categoryIds: ['siege-bureau'],
      departments: ['94'],
      words: 'chaises',
      kind: null,
      frequency: 'IMMEDIATE',
    });
  });

  it('shows the API’s field errors when saving', async () => {
    stubFetch({
      'GET /api/auth/me': () => jsonResponse(200, SUPPLIER),
      'GET /api/needs': () => jsonResponse(200, { items: [], page: 0, size: 20, total: 0 }),
      'GET /api/categories': () => jsonResponse(200, CATEGORIES),
      'POST /api/needs/saved-searches': () =>
        jsonResponse(400, { title: 'Bad Request', status: 400, errors: [{ field: 'name', message: 'between 1 and 100 characters' }] }),
    });
    renderAt('/besoins');
    await userEvent.click(await screen.findByRole('button', { name: 'Enregistrer cette recherche' }));
    await userEvent.clear(screen.getByLabelText(/Nom de la recherche/));
    await userEvent.type(screen.getByLabelText(/Nom de la recherche/), '   ');
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    const summary = await screen.findByRole('heading', { name: 'Le formulaire contient une erreur' });
    expect(within(summary.closest('div') as HTMLElement).getByRole('link', { name: /Nom de la recherche/ })).toHaveAttribute('href', '#save-search-name');
  });

  it('lists the person’s searches, changes how often one is mailed and deletes it', async () => {
    const mock = stubFetch({
      'GET /api/auth/me': () => jsonResponse(200, SUPPLIER),
      'GET /api/categories': () => jsonResponse(200, CATEGORIES),
      'GET /api/needs/saved-searches': () => jsonResponse(200, [SEARCH]),
      'PUT /api/needs/saved-searches/ss1': () => jsonResponse(200, { ...SEARCH, frequency: 'NONE' }),
      'DELETE /api/needs/saved-searches/ss1': () => jsonResponse(204),
    });
    renderAt('/besoins/recherches');
    const table = await screen.findByRole('table', { name: 'Mes recherches enregistrées' });
    const row = within(table).getByRole('row', { name: /Chaises du 94/ });
    expect(await within(row).findByText('Catégories : Siège de bureau')).toBeInTheDocument();
    expect(within(row).getByText('Départements : 94')).toBeInTheDocument();
    expect(within(row).getByRole('link', { name: 'Voir les besoins' })).toHaveAttribute('href', '/besoins?q=chaises&categorie=siege-bureau&departement=94');
    await userEvent.selectOptions(within(row).getByLabelText('Alertes pour « Chaises du 94 »'), 'NONE');
    expect(await screen.findByText('Alertes de « Chaises du 94 » mises à jour.')).toBeInTheDocument();
    expect(bodyOf(mock, 'PUT', '/api/needs/saved-searches/ss1')).toMatchObject({ name: 'Chaises du 94', frequency: 'NONE', categoryIds: ['siege-bureau'] });
    await userEvent.click(within(row).getByRole('button', { name: 'Supprimer « Chaises du 94 »' }));
    expect(await screen.findByText('Recherche « Chaises du 94 » supprimée.')).toBeInTheDocument();
    expect(calls(mock)).toContain('DELETE /api/needs/saved-searches/ss1');
  });

  it('unsubscribes from a mail’s link without signing in and says from what', async () => {
    const mock = stubFetch({
      'GET /api/auth/me': () => jsonResponse(401, { title: 'Unauthorized', status: 401 }),
      'POST /api/needs/saved-searches/unsubscribe/tok123': () => jsonResponse(200, { searches: ['Chaises du 94'] }),
    });
    renderAt('/besoins/desabonnement/tok123');
    const done = await screen.findByTestId('unsubscribed');
    expect(done).toHaveTextContent('Vous ne recevrez plus d’e-mails pour ces recherches :');
    expect(within(done).getByText('Chaises du 94')).toBeInTheDocument();
    expect(calls(mock).filter((c) => c.startsWith('POST'))).toEqual(['POST /api/needs/saved-searches/unsubscribe/tok123']);
  });

  it('says when an unsubscribe link is not valid', async () => {
    stubFetch({ 'GET /api/auth/me': () => jsonResponse(401, { title: 'Unauthorized', status: 401 }) });
    renderAt('/besoins/desabonnement/nope');
    expect(await screen.findByText('Ce lien de désabonnement n’est pas valide ou la recherche a été supprimée.')).toBeInTheDocument();
  });
});
