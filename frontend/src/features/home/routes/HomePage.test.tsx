import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { routes } from '../../../app/routes';
import { calls, jsonResponse, stubFetch } from '../../../test/fetchStub';

function renderAt(path: string) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(<RouterProvider router={router} />);
  return router;
}

const TAXONOMY = [
  {
    id: 'gros-electromenager',
    label: 'Gros électroménager',
    children: [
      { id: 'refrigerateur', label: 'Réfrigérateur', children: [] },
      { id: 'lave-linge', label: 'Lave-linge', children: [] },
    ],
  },
  { id: 'mobilier-bureau', label: 'Mobilier de bureau', children: [] },
];

describe('home page', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('has a title, one h1 and a labelled search bar in a search landmark', async () => {
    stubFetch({ 'GET /api/categories': () => jsonResponse(200, TAXONOMY) });
    renderAt('/');
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Achetez des biens reconditionnés');
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(document.title).toBe('Accueil — Boucle');
    const search = screen.getByRole('search');
    expect(search).toHaveAttribute('data-testid', 'home-search');
    const input = within(search).getByLabelText('Rechercher un bien reconditionné');
    expect(input).toHaveAttribute('placeholder', 'frigo, chaise de bureau, PC portable…');
  });

  it('pressing Enter in the search bar opens the catalogue with the query, trimmed and encoded', async () => {
    stubFetch({ 'GET /api/categories': () => jsonResponse(200, TAXONOMY) });
    const router = renderAt('/');
    await userEvent.type(screen.getByLabelText('Rechercher un bien reconditionné'), '  chaise de bureau {Enter}');
    expect(router.state.location.pathname).toBe('/catalogue');
    expect(new URLSearchParams(router.state.location.search).get('q')).toBe('chaise de bureau');
  });

  it('an empty search opens the whole catalogue', async () => {
    stubFetch({});
    const router = renderAt('/');
    await userEvent.click(screen.getByRole('button', { name: 'Rechercher' }));
    expect(router.state.location.pathname).toBe('/catalogue');
    expect(router.state.location.search).toBe('');
  });

  it('asks the taxonomy in the interface language and links each tile to its category', async () => {
    const fetchMock = stubFetch({ 'GET /api/categories': () => jsonResponse(200, TAXONOMY) });
    renderAt('/');
    const tiles = await screen.findByTestId('category-tiles');
    const link = within(tiles).getByRole('link', { name: 'Gros électroménager' });
    expect(link).toHaveAttribute('href', '/catalogue?category=gros-electromenager');
    expect(tiles).toHaveTextContent('Réfrigérateur · Lave-linge');
    expect(calls(fetchMock)).toContain('GET /api/categories?lang=fr');
  });

  it('still offers the top-level categories when the API cannot be reached', async () => {
    vi.stubGlobal('fetch', vi.fn(() => Promise.reject(new TypeError('offline'))));
    renderAt('/');
    const tiles = await screen.findByTestId('category-tiles');
    expect(within(tiles).getAllByRole('link')).toHaveLength(8);
    expect(within(tiles).getByRole('link', { name: 'Informatique et téléphonie' })).toHaveAttribute(
      'href',
      '/catalogue?category=informatique',
    );
  });

  it('offers frequent searches as tags and three value cards for public buyers', async () => {
    stubFetch({ 'GET /api/categories': () => jsonResponse(200, TAXONOMY) });
    renderAt('/');
    expect(await screen.findByRole('link', { name: 'PC portable' })).toHaveAttribute('href', '/catalogue?q=PC%20portable');
    expect(screen.getByTestId('value-agreement')).toHaveTextContent('accord-cadre');
    expect(screen.getByTestId('value-agec')).toHaveTextContent('AGEC');
    expect(screen.getByTestId('value-insertion')).toHaveTextContent("heures d'insertion");
  });

  it('in English, translates the page and asks the taxonomy in English', async () => {
    localStorage.setItem('boucle.language', 'en');
    const fetchMock = stubFetch({ 'GET /api/categories': () => jsonResponse(200, TAXONOMY) });
    renderAt('/');
    await userEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByLabelText('Search refurbished goods')).toBeInTheDocument();
    expect(document.title).toBe('Home — Boucle');
    expect(document.documentElement.lang).toBe('en');
    expect(calls(fetchMock)).toContain('GET /api/categories?lang=en');
    await userEvent.click(screen.getByRole('button', { name: 'Français' }));
    expect(document.documentElement.lang).toBe('fr');
  });
});
