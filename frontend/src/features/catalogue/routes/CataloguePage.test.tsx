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

const FRIDGE = {
  id: 'f8cca2aa-b275-338d-b44d-da0d5617bf0d',
  title: 'Frigo américain Haier inox',
  priceExclVat: '1364.20',
  priceExclVatCents: 136420,
  vatRateBasisPoints: 2000,
  condition: 'TRES_BON_ETAT',
  origin: 'RECONDITIONNE',
  warrantyMonths: 12,
  energyClass: 'D',
  categoryId: 'refrigerateur',
  availableQuantity: 2,
  supplier: { id: 's1', name: 'Envol Électroménager Normandie', insertionStatus: 'SIAE_EI', insertionFamily: 'SIAE' },
  depotDepartment: '76',
  distanceKm: null,
  photoUrl: null,
};

function result(total: number, items: unknown[]) {
  return { total, page: 0, size: 20, items, facets: {} };
}

describe('catalogue page', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('deep link: reads q from the URL, sends it to the search API and shows result cards', async () => {
    const fetchMock = stubFetch({ 'GET /api/catalogue/search': () => jsonResponse(200, result(3014, [FRIDGE])) });
    renderAt('/catalogue?q=frigo');
    expect(await screen.findByRole('heading', { level: 1, name: 'Résultats pour « frigo »' })).toBeInTheDocument();
    expect(document.title).toBe('Recherche « frigo » — Boucle');
    const cards = await screen.findAllByTestId('result-card');
    expect(cards).toHaveLength(1);
    const card = cards[0] as HTMLElement;
    expect(within(card).getByRole('heading', { name: 'Frigo américain Haier inox' })).toBeInTheDocument();
    expect(card).toHaveTextContent('1 364,20 € HT');
    expect(card).toHaveTextContent('Très bon état');
    expect(card).toHaveTextContent('Insertion (SIAE)');
    expect(card).toHaveTextContent('Garantie 12 mois');
    expect(card).toHaveTextContent('Vendu par Envol Électroménager Normandie');
    expect(screen.getByTestId('catalogue-count')).toHaveTextContent(/^3\s014 biens trouvés\.$/);
    expect(screen.getByTestId('catalogue-page')).toHaveTextContent('Page 1 sur 151');
    expect(calls(fetchMock)).toContain('GET /api/catalogue/search?q=frigo');
    expect(screen.getByLabelText('Rechercher dans le catalogue')).toHaveValue('frigo');
  });

  it('a facet narrows the search through the URL, and pages keep the filters', async () => {
    const fetchMock = stubFetch({
      'GET /api/catalogue/search': () =>
        jsonResponse(200, {
          ...result(45, [FRIDGE]),
          facets: {
            condition: [
              { value: 'TRES_BON_ETAT', count: 30 },
              { value: 'BON_ETAT', count: 15 },
            ],
            insertion: [{ value: 'SIAE', count: 45 }],
          },
        }),
    });
    const router = renderAt('/catalogue?q=frigo');
    await userEvent.click(await screen.findByLabelText('Bon état (15)'));
    expect(router.state.location.search).toBe('?q=frigo&condition=BON_ETAT');
    expect(calls(fetchMock)).toContain('GET /api/catalogue/search?q=frigo&condition=BON_ETAT');
    await userEvent.click(await screen.findByRole('button', { name: 'Page suivante' }));
    expect(router.state.location.search).toBe('?q=frigo&condition=BON_ETAT&page=1');
    await userEvent.selectOptions(screen.getByLabelText('Trier par'), 'price_asc');
    expect(router.state.location.search).toBe('?q=frigo&condition=BON_ETAT&sort=price_asc');
  });

  it('says plainly that the catalogue is coming while the search API is not deployed', async () => {
    stubFetch({});
    renderAt('/catalogue?q=chaise');
    const coming = await screen.findByTestId('catalogue-coming');
    expect(coming).toHaveTextContent('Le catalogue arrive bientôt');
    expect(coming).toHaveTextContent('« chaise »');
    expect(screen.queryByTestId('result-card')).not.toBeInTheDocument();
  });

  it('when the search service fails, says so and lets the person try again', async () => {
    let failures = 1;
    stubFetch({
      'GET /api/catalogue/search': () =>
        failures-- > 0
          ? jsonResponse(503, { title: 'Service Unavailable', status: 503 })
          : jsonResponse(200, result(1, [FRIDGE])),
    });
    renderAt('/catalogue?q=frigo');
    const alert = await screen.findByTestId('catalogue-unavailable');
    await userEvent.click(within(alert).getByRole('button', { name: 'Réessayer' }));
    expect(await screen.findAllByTestId('result-card')).toHaveLength(1);
    expect(screen.getByTestId('catalogue-count')).toHaveTextContent('1 bien trouvé.');
  });

  it('shows an empty state when nothing matches, and the problem detail of a refused search', async () => {
    stubFetch({
      'GET /api/catalogue/search?q=xqzw': () => jsonResponse(200, result(0, [])),
      'GET /api/catalogue/search?category=Bad%21': () =>
        jsonResponse(400, { title: 'Bad Request', status: 400, detail: 'category: is not a category id' }),
    });
    const router = renderAt('/catalogue?q=xqzw');
    expect(await screen.findByTestId('catalogue-empty')).toHaveTextContent('Aucun bien ne correspond');
    await router.navigate('/catalogue?category=Bad!');
    expect(await screen.findByTestId('catalogue-invalid')).toHaveTextContent('category: is not a category id');
  });

  it('names the category filter, keeps it when searching again, and lets the person remove it', async () => {
    stubFetch({
      'GET /api/catalogue/search': () => jsonResponse(200, result(1, [FRIDGE])),
      'GET /api/categories': () =>
        jsonResponse(200, [{ id: 'gros-electromenager', label: 'Gros électroménager', children: [{ id: 'refrigerateur', label: 'Réfrigérateur', children: [] }] }]),
    });
    const router = renderAt('/catalogue?category=refrigerateur');
    expect(await screen.findByText('Catégorie : Réfrigérateur')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Catalogue des biens reconditionnés' })).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('Rechercher dans le catalogue'), 'inox{Enter}');
    expect(router.state.location.search).toBe('?q=inox&category=refrigerateur');
    await userEvent.click(await screen.findByRole('link', { name: 'Retirer le filtre de catégorie' }));
    expect(router.state.location.search).toBe('?q=inox');
  });
});
