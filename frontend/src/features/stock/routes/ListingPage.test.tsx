import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { routes } from '../../../app/routes';
import { jsonResponse, stubFetch } from '../../../test/fetchStub';

const ME = {
  personId: 'p1',
  email: 'awa@envie.test',
  fullName: 'Awa Diallo',
  roles: ['SUPPLIER_STAFF'],
  serviceIds: [],
  organisationId: 'o1',
  organisationName: 'Envie Test',
  organisationKind: 'SUPPLIER',
  organisationStatus: 'ACTIVE',
};

const CATEGORIES = [
  {
    id: 'gros-electromenager',
    label: 'Gros électroménager',
    children: [
      { id: 'refrigerateur', label: 'Réfrigérateur', children: [] },
      { id: 'lave-linge', label: 'Lave-linge', children: [] },
    ],
  },
];
const DEPOTS = [{ id: 'd1', name: 'Dépôt de Montreuil', city: 'Montreuil' }];

// As the API answers: empty (null) fields are left out.
const LISTING = {
  id: 'l1',
  sku: 'FR-001',
  kind: 'LOT',
  title: 'Réfrigérateur combiné',
  description: 'Testé 48 h.',
  categoryId: 'refrigerateur',
  brand: 'Bosch',
  condition: 'TRES_BON_ETAT',
  origin: 'RECONDITIONNE',
  warrantyMonths: 12,
  energyClass: 'A',
  weightKg: '62.5',
  priceExclVat: '189.90',
  vatRate: '20.00',
  priceInclVat: '227.88',
  minimumOrderQuantity: 1,
  depotId: 'd1',
  depotName: 'Dépôt de Montreuil',
  pickupAvailable: true,
  deliveryDepartments: ['93'],
  availableQuantity: 4,
  reservedQuantity: 0,
  status: 'DRAFT',
  createdAt: '2026-11-30T10:00:00Z',
  updatedAt: '2026-11-30T10:00:00Z',
  version: 3,
};

const references = {
  'GET /api/auth/me': () => jsonResponse(200, ME),
  'GET /api/categories': () => jsonResponse(200, CATEGORIES),
  'GET /api/organisation/depots': () => jsonResponse(200, DEPOTS),
};

function open(path: string) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  return render(<RouterProvider router={router} />);
}

describe('listing form', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('keeps the input in the browser and offers it back after a reload', async () => {
    stubFetch(references);
    const user = userEvent.setup();
    const first = open('/stock/nouvelle');
    await user.type(await screen.findByLabelText('Titre'), 'Lave-linge 7 kg');
    await user.type(screen.getByLabelText('Prix unitaire HT (€)'), '12,50');
    expect(screen.getByTestId('listing-price-incl').textContent).toBe('Prix unitaire TTC : 15,00\u00a0€');
    expect(localStorage.getItem('boucle.stock.draft.new')).toContain('Lave-linge 7 kg');
    first.unmount();

    open('/stock/nouvelle');
    const offer = await screen.findByTestId('listing-restore');
    expect(screen.getByLabelText('Titre')).toHaveValue('');
    await user.click(within(offer).getByRole('button', { name: 'Reprendre ma saisie' }));
    expect(screen.getByLabelText('Titre')).toHaveValue('Lave-linge 7 kg');
    expect(screen.getByLabelText('Prix unitaire HT (€)')).toHaveValue('12,50');
    expect(screen.queryByTestId('listing-restore')).not.toBeInTheDocument();
  });

  it('forgets the kept input when the person discards it', async () => {
    localStorage.setItem(
      'boucle.stock.draft.new',
      JSON.stringify({ draft: { title: 'Ancienne saisie' }, savedAt: '2026-11-30T10:00:00Z', version: null }),
    );
    stubFetch(references);
    const user = userEvent.setup();
    open('/stock/nouvelle');
    await user.click(await screen.findByRole('button', { name: 'Ignorer' }));
    expect(localStorage.getItem('boucle.stock.draft.new')).toBeNull();
    expect(screen.getByLabelText('Titre')).toHaveValue('');
  });

  it('names unreadable amounts before sending, then every field the server refuses', async () => {
    let posted: Record<string, unknown> | null = null;
    stubFetch({
      ...references,
      'POST /api/stock/listings': (init) => {
        posted = JSON.parse(init?.body as string) as Record<string, unknown>;
        return jsonResponse(400, {
          title: 'Bad Request',
          status: 400,
          errors: [
            { field: 'sku', message: 'is required' },
            { field: 'priceExclVat', message: 'must be an amount in euros between 0 and 1000000 with at most 2 decimals' },
          ],
        });
      },
    });
    const user = userEvent.setup();
    open('/stock/nouvelle');
    await user.type(await screen.findByLabelText('Prix unitaire HT (€)'), '12,345');
    await user.click(screen.getByRole('button', { name: "Créer l'annonce" }));
    const summary = await screen.findByTestId('listing-errors');
    expect(within(summary).getByRole('link', { name: /Prix unitaire HT/ })).toHaveAttribute('href', '#listing-priceExclVat');
    expect(posted).toBeNull();

    await user.clear(screen.getByLabelText('Prix unitaire HT (€)'));
    await user.type(screen.getByLabelText('Prix unitaire HT (€)'), '2000000');
    await user.click(screen.getByRole('button', { name: "Créer l'annonce" }));
    await waitFor(() => {
      expect(screen.getByText('Ce champ est obligatoire.')).toBeInTheDocument();
    });
    expect(posted).toMatchObject({ priceExclVat: '2000000.00', vatRate: '20', quantity: 1, status: 'DRAFT' });
    expect(screen.getByLabelText('Référence (SKU)')).toHaveAttribute('aria-invalid', 'true');
    expect(within(screen.getByTestId('listing-errors')).getAllByRole('link')).toHaveLength(2);
  });

  it('reports a change made meanwhile, keeps the input, and saves against the version it showed', async () => {
    const ifMatch: string[] = [];
    let current = LISTING;
    stubFetch({
      ...references,
      'GET /api/stock/listings/l1': () => jsonResponse(200, current),
      'GET /api/stock/listings/l1/movements': () => jsonResponse(200, { items: [], page: 0, size: 10, total: 0 }),
      'PUT /api/stock/listings/l1': (init) => {
        const header = new Headers(init?.headers).get('If-Match') ?? '';
        ifMatch.push(header);
        if (header !== `"${String(current.version)}"`) return jsonResponse(409, { title: 'Conflict', status: 409 });
        const body = JSON.parse(init?.body as string) as { title: string };
        current = { ...current, title: body.title, version: current.version + 1 };
        return jsonResponse(200, current);
      },
    });
    const user = userEvent.setup();
    open('/stock/l1');
    const title = await screen.findByLabelText('Titre');
    expect(screen.getByLabelText('Prix unitaire HT (€)')).toHaveValue('189,90');
    // Someone else saves a new price meanwhile.
    current = { ...current, priceExclVat: '179.00', version: 4 };
    await user.clear(title);
    await user.type(title, 'Réfrigérateur combiné Bosch');
    await user.click(screen.getByRole('button', { name: 'Enregistrer les modifications' }));

    const conflict = await screen.findByTestId('listing-conflict');
    expect(ifMatch).toEqual(['"3"']);
    expect(screen.getByLabelText('Titre')).toHaveValue('Réfrigérateur combiné Bosch');
    await user.click(within(conflict).getByRole('button', { name: 'Charger la version enregistrée' }));
    expect(await within(conflict).findByTestId('listing-latest')).toHaveTextContent('179,00');
    expect(screen.getByLabelText('Titre')).toHaveValue('Réfrigérateur combiné Bosch');

    await user.click(screen.getByRole('button', { name: 'Enregistrer les modifications' }));
    await screen.findByTestId('listing-saved');
    expect(ifMatch).toEqual(['"3"', '"4"']);
    expect(localStorage.getItem('boucle.stock.draft.l1')).toBeNull();
  });

  it('creates a listing, forgets the kept input and opens the listing with a notice', async () => {
    stubFetch({
      ...references,
      'POST /api/stock/listings': () => jsonResponse(201, LISTING),
      'GET /api/stock/listings/l1': () => jsonResponse(200, LISTING),
      'GET /api/stock/listings/l1/movements': () =>
        jsonResponse(200, {
          items: [
            { id: 2, kind: 'RELEASED', quantity: 1, actor: 'system', reason: 'Purchase order expired', reasonCode: 'stock-reason-order-expired', at: '2026-11-30T11:00:00Z' },
            { id: 1, kind: 'RECEIVED', quantity: 4, actor: 'Awa Diallo', reason: 'Created', reasonCode: 'stock-reason-created', at: '2026-11-30T10:00:00Z' },
          ],
          page: 0,
          size: 10,
          total: 2,
        }),
    });
    const user = userEvent.setup();
    open('/stock/nouvelle');
    await user.type(await screen.findByLabelText('Titre'), 'Réfrigérateur combiné');
    await user.type(screen.getByLabelText('Prix unitaire HT (€)'), '189,90');
    await user.click(screen.getByRole('button', { name: "Créer l'annonce" }));
    expect(await screen.findByTestId('listing-created')).toHaveTextContent('Réfrigérateur combiné');
    expect(localStorage.getItem('boucle.stock.draft.new')).toBeNull();
    const ledger = await screen.findByTestId('ledger-table');
    expect(ledger).toHaveTextContent('Entrée');
    // Boucle's own ledger reasons and its automatic moves are said in French, never as stored.
    expect(ledger).toHaveTextContent('Annonce créée');
    expect(ledger).toHaveTextContent('Bon de commande expiré (non approuvé à temps)');
    expect(ledger).toHaveTextContent('Boucle (automatique)');
    expect(ledger).not.toHaveTextContent(/Created|Purchase order|system/);
    expect(screen.getByLabelText('Prix unitaire HT (€)')).toHaveValue('189,90');
  });
});
