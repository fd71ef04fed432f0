import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { routes } from '../../../app/routes';
import { calls, jsonResponse, stubFetch } from '../../../test/fetchStub';
import { formatDistance, formatVatRate } from '../components/format';

function renderAt(path: string) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(<RouterProvider router={router} />);
  return router;
}

const ITEM = {
  id: '6a1d0c1e-95b8-4d2a-9e43-6f3d3f0b9c11',
  title: 'Réfrigérateur Bosch 300 L',
  priceExclVat: '249.90',
  priceExclVatCents: 24990,
  vatRateBasisPoints: 2000,
  condition: 'BON_ETAT',
  origin: 'REEMPLOI',
  warrantyMonths: 6,
  categoryId: 'refrigerateur',
  availableQuantity: 1,
  supplier: { id: 's1', name: 'Atelier du Réemploi', insertionStatus: 'EA', insertionFamily: 'EA' },
  depotDepartment: '94',
  distanceKm: 12.4,
  photoUrl: null,
};

const TREE = [
  {
    id: 'gros-electromenager',
    label: 'Gros électroménager',
    children: [
      { id: 'refrigerateur', label: 'Réfrigérateur', children: [] },
      { id: 'four', label: 'Four', children: [] },
    ],
  },
  { id: 'informatique', label: 'Informatique et téléphonie', children: [] },
];

const BUYER = {
  personId: 'p1',
  email: 'agent@ville.example',
  fullName: 'Agent Public',
  roles: ['REQUESTER'],
  serviceIds: ['svc-2'],
  organisationId: 'o1',
  organisationName: 'Ville',
  organisationKind: 'BUYER',
  organisationStatus: 'ACTIVE',
};

describe('catalogue refinements', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('drills down the category tree with counts, and applies a price range in exact euros', async () => {
    const fetchMock = stubFetch({
      'GET /api/categories': () => jsonResponse(200, TREE),
      'GET /api/catalogue/search': () =>
        jsonResponse(200, {
          total: 40,
          page: 0,
          size: 20,
          items: [ITEM],
          facets: {
            category: [
              { value: 'gros-electromenager', count: 40 },
              { value: 'refrigerateur', count: 30 },
              { value: 'four', count: 10 },
            ],
            origin: [{ value: 'REEMPLOI', count: 40 }],
            warranty: [
              { value: '6', count: 20 },
              { value: '12', count: 5 },
            ],
          },
        }),
    });
    const router = renderAt('/catalogue?q=frigo');
    await userEvent.click(await screen.findByRole('link', { name: 'Gros électroménager (40)' }));
    expect(router.state.location.search).toBe('?q=frigo&category=gros-electromenager');
    await userEvent.click(await screen.findByRole('link', { name: 'Réfrigérateur (30)' }));
    expect(router.state.location.search).toBe('?q=frigo&category=refrigerateur');
    expect(await screen.findByRole('link', { name: 'Toutes les catégories' })).toBeInTheDocument();

    await userEvent.click(screen.getByLabelText('Réemploi (40)'));
    expect(router.state.location.search).toBe('?q=frigo&category=refrigerateur&origin=REEMPLOI');
    await userEvent.click(screen.getByLabelText('Au moins 12 mois (5)'));
    expect(router.state.location.search).toContain('warrantyMin=12');

    await userEvent.type(screen.getByLabelText('Minimum'), '10');
    await userEvent.type(screen.getByLabelText('Maximum'), '250,5');
    await userEvent.click(screen.getByRole('button', { name: 'Appliquer le prix' }));
    expect(router.state.location.search).toContain('priceMin=10.00&priceMax=250.50');
    await waitFor(() => {
      expect(calls(fetchMock).some((c) => c.includes('priceMin=10.00&priceMax=250.50'))).toBe(true);
    });
    expect(screen.getByLabelText('Maximum')).toHaveValue('250,50');

    await userEvent.clear(screen.getByLabelText('Minimum'));
    await userEvent.type(screen.getByLabelText('Minimum'), 'douze');
    await userEvent.click(screen.getByRole('button', { name: 'Appliquer le prix' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Saisissez un montant en euros');

    await userEvent.click(screen.getByLabelText('En stock uniquement'));
    expect(router.state.location.search).toContain('inStock=false');
  });

  it('suggests titles as one types; arrows choose one, Enter searches it, Escape closes the list', async () => {
    const fetchMock = stubFetch({
      'GET /api/catalogue/search': () => jsonResponse(200, { total: 1, page: 0, size: 20, items: [ITEM], facets: {} }),
      'GET /api/catalogue/suggest': () => jsonResponse(200, ['Réfrigérateur Bosch 300 L', 'Réfrigérateur Liebherr']),
    });
    const router = renderAt('/catalogue');
    const input = await screen.findByRole('combobox', { name: 'Rechercher dans le catalogue' });
    expect(input).toHaveAttribute('aria-expanded', 'false');
    await userEvent.type(input, 'refri');
    const list = await screen.findByRole('listbox');
    expect(input).toHaveAttribute('aria-expanded', 'true');
    expect(within(list).getAllByRole('option')).toHaveLength(2);
    // One request after the pause, not one per key.
    expect(calls(fetchMock).filter((c) => c.startsWith('GET /api/catalogue/suggest'))).toEqual(['GET /api/catalogue/suggest?q=refri']);

    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    const second = screen.getByRole('option', { name: 'Réfrigérateur Liebherr' });
    expect(second).toHaveAttribute('aria-selected', 'true');
    expect(input).toHaveAttribute('aria-activedescendant', second.id);
    await userEvent.keyboard('{Escape}');
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(input).not.toHaveAttribute('aria-activedescendant');

    await userEvent.keyboard('{ArrowDown}{Enter}');
    expect(router.state.location.search).toBe('?q=R%C3%A9frig%C3%A9rateur+Bosch+300+L');
  });

  it('a buyer searches from their service, sees only what they may order, and can open the whole market', async () => {
    const fetchMock = stubFetch({
      'GET /api/auth/me': () => jsonResponse(200, BUYER),
      'GET /api/organisation/services': () =>
        jsonResponse(200, [
          { id: 'svc-1', name: 'Mairie', city: 'Ivry', postcode: '94200' },
          { id: 'svc-2', name: 'Médiathèque', city: 'Créteil', postcode: '94000' },
        ]),
      'GET /api/catalogue/search': (_init, url) =>
        url.includes('orderable=false')
          ? jsonResponse(200, { total: 1, page: 0, size: 20, items: [ITEM], facets: {}, orderable: false })
          : jsonResponse(200, { total: 0, page: 0, size: 20, items: [], facets: {}, orderable: true }),
    });
    const router = renderAt('/catalogue?q=frigo');
    const empty = await screen.findByTestId('catalogue-empty-orderable');
    expect(router.state.location.search).toBe('?q=frigo&service=svc-2');
    expect(calls(fetchMock).filter((c) => c.startsWith('GET /api/catalogue/search'))).toEqual(['GET /api/catalogue/search?q=frigo&service=svc-2']);
    const select = screen.getByLabelText(/Distances depuis/);
    expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual(['Aucun service (pas de distance)', 'Médiathèque — 94000 Créteil']);
    expect(screen.getByRole('checkbox', { name: 'Seulement ce que je peux commander' })).toBeChecked();

    await userEvent.click(within(empty).getByRole('button', { name: 'Voir tout le marché' }));
    expect(router.state.location.search).toBe('?q=frigo&service=svc-2&orderable=false');
    const card = await screen.findByTestId('result-card');
    expect(card).toHaveTextContent('à 12 km');
    expect(within(card).getByRole('link', { name: 'Réfrigérateur Bosch 300 L' })).toHaveAttribute('href', `/catalogue/${ITEM.id}?service=svc-2`);
    expect(screen.getByRole('checkbox', { name: 'Seulement ce que je peux commander' })).not.toBeChecked();
    expect(within(screen.getByLabelText('Trier par')).getByRole('option', { name: 'Distance' })).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('Distance maximale'), { target: { value: '25' } });
    expect(router.state.location.search).toBe('?q=frigo&service=svc-2&orderable=false&radiusKm=25');
  });

  it('anonymous visitors get no buyer options and no distance sort', async () => {
    stubFetch({ 'GET /api/catalogue/search': () => jsonResponse(200, { total: 1, page: 0, size: 20, items: [{ ...ITEM, distanceKm: null }], facets: {} }) });
    renderAt('/catalogue?q=frigo');
    const card = await screen.findByTestId('result-card');
    expect(card).not.toHaveTextContent('km');
    // No photo yet: the pictogram of its category, hidden from screen readers (the title names the item).
    const picture = within(card).getByTestId('category-picture');
    expect(picture).toHaveAttribute('data-pictogram', 'environment/food');
    expect(picture).toHaveAttribute('aria-hidden', 'true');
    expect(picture).toHaveTextContent('Illustration : Gros électroménager');
    expect(picture.querySelector('use.fr-artwork-major')?.getAttribute('href')).toMatch(/pictograms\/environment\/food\.svg.*#artwork-major$/);
    expect(within(card).queryByRole('img')).not.toBeInTheDocument();
    expect(card).not.toHaveTextContent('Photo à venir');
    expect(screen.queryByTestId('buyer-options')).not.toBeInTheDocument();
    expect(within(screen.getByLabelText('Trier par')).queryByRole('option', { name: 'Distance' })).not.toBeInTheDocument();
  });
});

const LISTING = {
  id: ITEM.id,
  title: 'Réfrigérateur Bosch 300 L',
  description: 'Nettoyé et testé.',
  categoryPath: [
    { id: 'gros-electromenager', label: 'Gros électroménager' },
    { id: 'refrigerateur', label: 'Réfrigérateur' },
  ],
  brand: 'Bosch',
  model: 'KGN36',
  condition: 'BON_ETAT',
  origin: 'RECONDITIONNE',
  warrantyMonths: 12,
  energyClass: 'E',
  weightGrams: 65500,
  priceExclVat: '249.90',
  priceExclVatCents: 24990,
  vatRateBasisPoints: 550,
  priceInclVat: '263.64',
  priceInclVatCents: 26364,
  minimumOrderQuantity: 2,
  availableQuantity: 3,
  status: 'PUBLISHED',
  supplier: { id: 's1', name: 'Atelier du Réemploi', insertionStatus: 'EA', insertionFamily: 'EA', siret: '73282932000074' },
  depot: { name: 'Dépôt Ivry', street: '12 rue Molière', postcode: '94200', city: 'Ivry-sur-Seine', department: '94', latitude: '48.813000', longitude: '2.384000' },
  distanceKm: 3.2,
  photos: [],
};

describe('listing page', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('shows prices, details, supplier and the depot with its distance and a map link', async () => {
    const fetchMock = stubFetch({ [`GET /api/catalogue/listings/${ITEM.id}`]: () => jsonResponse(200, LISTING) });
    renderAt(`/catalogue/${ITEM.id}?service=svc-2`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Réfrigérateur Bosch 300 L' })).toBeInTheDocument();
    expect(calls(fetchMock)).toContain(`GET /api/catalogue/listings/${ITEM.id}?service=svc-2`);
    expect(screen.getByTestId('listing-price')).toHaveTextContent('249,90 € HT');
    expect(screen.getByText('263,64 € TTC (TVA 5,5 %)')).toBeInTheDocument();
    expect(screen.getByTestId('listing-page')).toHaveTextContent('3 disponiblesCommande minimale : 2 unités');
    expect(screen.getByText('65,5 kg')).toBeInTheDocument();
    expect(screen.getByTestId('listing-depot')).toHaveTextContent('Dépôt Ivry12 rue Molière94200 Ivry-sur-Seine');
    expect(screen.getByTestId('listing-distance')).toHaveTextContent('À 3,2 km de votre service');
    expect(screen.getByRole('link', { name: /Voir sur OpenStreetMap/ })).toHaveAttribute(
      'href',
      'https://www.openstreetmap.org/?mlat=48.813000&mlon=2.384000#map=15/48.813000/2.384000',
    );
    expect(screen.getByTestId('category-picture')).toHaveAttribute('data-pictogram', 'environment/food');
    expect(screen.getByTestId('listing-order-slot')).toBeEmptyDOMElement();
    expect(screen.getByRole('link', { name: 'Réfrigérateur' })).toHaveAttribute('href', '/catalogue?category=refrigerateur');
  });

  it('says when the listing is not offered', async () => {
    stubFetch({});
    renderAt('/catalogue/00000000-0000-4000-8000-000000000000');
    expect(await screen.findByTestId('listing-missing')).toHaveTextContent("Ce bien n'existe pas ou n'est plus proposé.");
  });
});

describe('catalogue formats', () => {
  it('writes VAT rates from basis points and distances in the interface language', () => {
    expect(formatVatRate(2000, 'fr')).toBe('20\u00a0%');
    expect(formatVatRate(550, 'fr')).toBe('5,5\u00a0%');
    expect(formatVatRate(210, 'en')).toBe('2.1\u00a0%');
    expect(formatVatRate(0, 'fr')).toBe('0\u00a0%');
    expect(formatDistance(3.25, 'fr')).toBe('3,3\u00a0km');
    expect(formatDistance(123.4, 'en')).toBe('123\u00a0km');
  });
});
