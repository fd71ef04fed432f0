import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { routes } from '../../../app/routes';
import { calls, jsonResponse, stubFetch } from '../../../test/fetchStub';

const ME = {
  personId: 'p1',
  email: 'awa@envie.test',
  fullName: 'Awa Diallo',
  roles: ['SUPPLIER_ADMIN'],
  serviceIds: [],
  organisationId: 'o1',
  organisationName: 'Envie Test',
  organisationKind: 'SUPPLIER',
  organisationStatus: 'ACTIVE',
};

const ROW = {
  id: 'l1',
  sku: 'FR-001',
  kind: 'LOT',
  title: 'Réfrigérateur combiné',
  categoryId: 'refrigerateur',
  condition: 'TRES_BON_ETAT',
  priceExclVat: '1189.90',
  availableQuantity: 4,
  reservedQuantity: 2,
  status: 'PUBLISHED',
  depotName: 'Dépôt de Montreuil',
  updatedAt: '2026-11-30T10:00:00Z',
  version: 3,
};

const CATEGORIES = [
  { id: 'gros-electromenager', label: 'Gros électroménager', children: [{ id: 'refrigerateur', label: 'Réfrigérateur', children: [] }] },
];

function open(path: string) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(<RouterProvider router={router} />);
  return router;
}

describe('stock page', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('invites a supplier with no listing to create the first one', async () => {
    stubFetch({
      'GET /api/auth/me': () => jsonResponse(200, ME),
      'GET /api/categories': () => jsonResponse(200, CATEGORIES),
      'GET /api/stock/listings': () => jsonResponse(200, { items: [], page: 0, size: 20, total: 0 }),
    });
    open('/stock');
    const empty = await screen.findByTestId('stock-empty');
    expect(within(empty).getByRole('link', { name: 'Créer ma première annonce' })).toHaveAttribute('href', '/stock/nouvelle');
    for (const link of screen.getAllByRole('link', { name: 'Importer un fichier' })) {
      expect(link).toHaveAttribute('href', '/stock/import');
    }
    expect(screen.getByRole('link', { name: 'Mon stock' })).toBeInTheDocument();
  });

  it('lists, sorts through the URL and sets a quantity from the table', async () => {
    let stockBody: unknown = null;
    const mock = stubFetch({
      'GET /api/auth/me': () => jsonResponse(200, ME),
      'GET /api/categories': () => jsonResponse(200, CATEGORIES),
      'GET /api/stock/listings': () => jsonResponse(200, { items: [ROW], page: 0, size: 20, total: 41 }),
      'POST /api/stock/listings/l1/stock': (init) => {
        stockBody = JSON.parse(init?.body as string);
        return jsonResponse(200, { ...ROW, availableQuantity: 5, reservedQuantity: 2, version: 4, status: 'PUBLISHED' });
      },
    });
    const user = userEvent.setup();
    const router = open('/stock?status=PUBLISHED');
    const row = await screen.findByTestId('stock-row-FR-001');
    expect(within(row).getByRole('link', { name: 'Réfrigérateur combiné' })).toHaveAttribute('href', '/stock/l1');
    expect(row.textContent).toContain('1\u202f189,90\u00a0€');
    expect(await within(row).findByText('Réfrigérateur')).toBeInTheDocument();
    expect(calls(mock)).toContain('GET /api/stock/listings?status=PUBLISHED&sort=-updated&page=0&size=20');
    expect(screen.getByRole('columnheader', { name: /Mis à jour/ })).toHaveAttribute('aria-sort', 'descending');
    expect(screen.getByRole('navigation', { name: 'Pages du stock' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /^Prix HT/ }));
    expect(router.state.location.search).toBe('?status=PUBLISHED&sort=price');
    expect(await screen.findByRole('columnheader', { name: /Prix HT/ })).toHaveAttribute('aria-sort', 'ascending');

    // The count on hand includes the 2 units reserved by open orders; the server subtracts them.
    const quantity = within(screen.getByTestId('stock-row-FR-001')).getByLabelText(
      'Quantité en stock de « Réfrigérateur combiné » (réservations comprises)',
    );
    expect(quantity).toHaveValue('6');
    expect(within(screen.getByTestId('stock-row-FR-001')).getByText('4 disponible(s), 2 réservée(s) par des commandes')).toBeInTheDocument();
    await user.clear(quantity);
    await user.type(quantity, 'x');
    await user.click(screen.getByRole('button', { name: 'Enregistrer la quantité de « Réfrigérateur combiné »' }));
    expect(await screen.findByText('Saisissez un nombre entier positif ou nul.')).toBeInTheDocument();
    expect(stockBody).toBeNull();

    await user.clear(quantity);
    await user.type(quantity, '7');
    await user.click(screen.getByRole('button', { name: 'Enregistrer la quantité de « Réfrigérateur combiné »' }));
    expect(await screen.findByText('Quantité de « Réfrigérateur combiné » : 7 en stock.')).toBeInTheDocument();
    expect(stockBody).toEqual({ onHand: 7, reason: 'Saisie rapide' });
  });
});
