import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { routes } from '../../../app/routes';
import { calls, jsonResponse, stubFetch } from '../../../test/fetchStub';
import type { SalesReport } from '../api/inclusion';

const SUPPLIER_ME = {
  personId: 'p1',
  email: 'awa@atelier.test',
  fullName: 'Awa Diallo',
  roles: ['SUPPLIER_ADMIN'],
  serviceIds: [],
  organisationId: 's1',
  organisationName: 'Électro Solidaire',
  organisationKind: 'SUPPLIER',
  organisationStatus: 'ACTIVE',
};

const SALES: SalesReport = {
  from: '2025-12-01',
  to: '2026-12-04',
  revenueCents: 1_234_567,
  ordersWaiting: { toAccept: 2, toPrepare: 1, toDeliver: 3 },
  byBuyer: [{ key: 'b1', label: 'Ville de Montreuil', revenueCents: 1_234_567, orders: 4 }],
  byCategory: [
    { key: 'refrigerateur', label: 'Réfrigérateur', revenueCents: 1_200_000, units: 12 },
    { key: 'delivery', label: 'Livraison', revenueCents: 34_567, units: 0 },
  ],
  byMonth: [
    { month: '2026-11', revenueCents: 1_000_000, orders: 3 },
    { month: '2026-12', revenueCents: 234_567, orders: 1 },
  ],
  stockRotation: [
    { categoryId: 'refrigerateur', label: 'Réfrigérateur', unitsSold: 12, unitsInStock: 40, medianDaysToSell: 6.5 },
    // The server leaves a null median out.
    { categoryId: 'four', label: 'Four', unitsSold: 0, unitsInStock: 7 },
  ],
  hoursDeclared: { declared: 120, accepted: 96 },
};

const LOTS = [
  {
    lotId: 'l1',
    agreementReference: 'AC-2025-01',
    agreementTitle: 'Réemploi',
    lotNumber: 3,
    lotTitle: 'Électroménager',
    targetHours: 400,
    periods: [
      { periodIndex: 0, startsOn: '2025-01-01', endsOn: '2025-12-31' },
      { periodIndex: 1, startsOn: '2026-01-01', endsOn: '2026-12-31' },
    ],
  },
];

const MINE = {
  items: [
    {
      id: 'd9',
      lotId: 'l1',
      agreementReference: 'AC-2025-01',
      lotNumber: 3,
      lotTitle: 'Électroménager',
      periodIndex: 0,
      periodStartsOn: '2025-01-01',
      periodEndsOn: '2025-12-31',
      hours: 18,
      comment: null,
      status: 'REJECTED',
      evidenceFileName: 'heures.pdf',
      declaredAt: '2025-10-08T08:30:00Z',
      decidedAt: '2025-10-14T08:30:00Z',
      rejectionReason: 'Feuilles non signées',
    },
  ],
  page: 0,
  size: 100,
  total: 1,
};

function renderAt(path: string) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(<RouterProvider router={router} />);
  return router;
}

describe('supplier sales page', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('shows revenue, orders waiting with links to the orders, stock rotation and hours', async () => {
    const mock = stubFetch({
      'GET /api/auth/me': () => jsonResponse(200, SUPPLIER_ME),
      'GET /api/reports/sales': () => jsonResponse(200, SALES),
      'GET /api/insertion-hours/lots': () => jsonResponse(200, LOTS),
      'GET /api/insertion-hours': () => jsonResponse(200, MINE),
    });
    renderAt('/ventes?du=2025-12-01');
    expect(await screen.findByRole('heading', { level: 1, name: 'Mes ventes' })).toBeInTheDocument();
    await waitFor(() => {
      expect(document.title).toBe('Mes ventes — Boucle');
    });
    await screen.findByTestId('orders-waiting', {}, { timeout: 5000 });
    expect(screen.getAllByText('12 345,67 €')[0]).toHaveClass('boucle-kpi__value');
    expect(calls(mock)).toContain('GET /api/reports/sales?from=2025-12-01');
    expect(screen.getByTestId('waiting-toAccept')).toHaveAttribute('href', '/commandes?statut=APPROVED');
    expect(screen.getByTestId('waiting-toAccept')).toHaveTextContent('À accepter : 2');
    expect(screen.getByTestId('waiting-toDeliver')).toHaveAttribute('href', '/commandes?statut=READY');
    expect(screen.getByText('120 h')).toBeInTheDocument();
    expect(screen.getByText('96 h acceptées par les acheteurs')).toBeInTheDocument();
    const rotation = within(screen.getByTestId('stock-rotation')).getByRole('row', { name: /Réfrigérateur/ });
    expect(rotation).toHaveTextContent('12406,5 j');
    expect(within(screen.getByTestId('stock-rotation')).getByRole('row', { name: /Four/ })).toHaveTextContent('Four07—');
    const salesCall = mock.mock.calls.find(([url]) => (url as string).startsWith('/api/reports/sales'));
    expect(new Headers(salesCall?.[1]?.headers).get('Accept-Language')).toBe('fr');
    const byCategory = screen.getByRole('table', { name: 'Chiffre d’affaires par catégorie' });
    expect(within(byCategory).getByRole('row', { name: /Livraison/ })).toHaveTextContent('345,67 €');
    const mine = await screen.findByTestId('my-declarations');
    expect(within(mine).getByText('Refusée')).toBeInTheDocument();
    expect(within(mine).getByText('Motif : Feuilles non signées')).toBeInTheDocument();
  });

  it('sends a declaration with its evidence file and shows the fields the server refused', async () => {
    const sent: FormData[] = [];
    const mock = stubFetch({
      'GET /api/auth/me': () => jsonResponse(200, SUPPLIER_ME),
      'GET /api/reports/sales': () => jsonResponse(200, SALES),
      'GET /api/insertion-hours/lots': () => jsonResponse(200, LOTS),
      'GET /api/insertion-hours': () => jsonResponse(200, MINE),
      'POST /api/insertion-hours': (init) => {
        const form = init?.body as FormData;
        sent.push(form);
        return form.get('hours') === '0'
          ? jsonResponse(400, { title: 'Bad Request', status: 400, errors: [{ field: 'hours', message: 'Between 1 and 1000000.' }] })
          : jsonResponse(201, { ...MINE.items[0], id: 'd10', status: 'DECLARED', rejectionReason: null });
      },
    });
    renderAt('/ventes');
    const form = await screen.findByTestId('hours-form');
    // The lots arrive after the form: wait for the lot's option before choosing it.
    await within(form).findByRole('option', { name: /AC-2025-01/ });
    await userEvent.selectOptions(within(form).getByLabelText('Lot'), 'l1');
    await userEvent.selectOptions(within(form).getByLabelText('Période'), '1');
    await userEvent.type(within(form).getByLabelText('Nombre d’heures'), '0');
    const file = new File(['%PDF-1.4'], 'heures.pdf', { type: 'application/pdf' });
    await userEvent.upload(within(form).getByLabelText(/Justificatif/), file);
    await userEvent.click(within(form).getByRole('button', { name: 'Déclarer les heures' }));
    expect(await screen.findByRole('link', { name: /Nombre d’heures/ })).toBeInTheDocument();
    expect(sent[0]?.get('lotId')).toBe('l1');
    expect(sent[0]?.get('periodIndex')).toBe('1');
    expect((sent[0]?.get('evidence') as File).name).toBe('heures.pdf');
    await userEvent.clear(within(form).getByLabelText('Nombre d’heures'));
    await userEvent.type(within(form).getByLabelText('Nombre d’heures'), '24');
    await userEvent.click(within(form).getByRole('button', { name: 'Déclarer les heures' }));
    expect(await screen.findByText('Déclaration enregistrée : l’acheteur va l’examiner.')).toBeInTheDocument();
    expect(sent[1]?.get('hours')).toBe('24');
    await waitFor(() => {
      expect(calls(mock).filter((c) => c.startsWith('GET /api/insertion-hours?')).length).toBeGreaterThan(1);
    });
  });
});
