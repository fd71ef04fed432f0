import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { routes } from '../../../app/routes';
import { calls, jsonResponse, stubFetch } from '../../../test/fetchStub';
import { anInvoiceSummary, BUYER_ME, SUPPLIER_ME } from '../testFixtures';

const PAGE = {
  items: [
    anInvoiceSummary(),
    anInvoiceSummary({
      id: 'i2',
      number: 'F-2026-00007',
      daysLeft: -5,
      overdue: true,
      lateInterestCents: 197,
      indemnityCents: 4000,
      paidCents: 20000,
      dueCents: 100000,
      status: 'PARTIALLY_PAID',
    }),
    anInvoiceSummary({ id: 'i3', number: 'F-2026-00003', status: 'PAID', daysLeft: null, paidCents: 120000, dueCents: 0 }),
  ],
  page: 0,
  size: 20,
  total: 3,
};

function renderAt(path: string) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(<RouterProvider router={router} />);
  return router;
}

describe('invoices list', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('lists the supplier’s invoices with their buyer, payment clock, status and amounts', async () => {
    const mock = stubFetch({
      'GET /api/auth/me': () => jsonResponse(200, SUPPLIER_ME),
      'GET /api/invoices': () => jsonResponse(200, PAGE),
    });
    renderAt('/factures');
    expect(await screen.findByRole('heading', { level: 1, name: 'Factures' })).toBeInTheDocument();
    await waitFor(() => {
      expect(document.title).toBe('Factures — Boucle');
    });
    const table = await screen.findByTestId('invoices-table');
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent.replace(/[▲▼↕]/g, '').trim())).toEqual([
      'Numéro',
      'Acheteur',
      'Date d’émission',
      'Échéance',
      'Délai de paiement',
      'Statut',
      'Total TTC',
      'Reste dû',
    ]);
    const first = screen.getByTestId('invoice-row-F-2026-00012');
    expect(within(first).getByRole('link', { name: 'F-2026-00012' })).toHaveAttribute('href', '/factures/i1');
    expect(first).toHaveTextContent('Ville de Montreuil');
    expect(within(first).getByTestId('payment-clock')).toHaveTextContent('J-12');
    expect(within(first).getByTestId('payment-clock')).toHaveTextContent('Échéance dans 12 jours');
    expect(first).toHaveTextContent('1 200,00 €');
    expect(within(first).getByTestId('invoice-status')).toHaveTextContent('Émise');
    const late = screen.getByTestId('invoice-row-F-2026-00007');
    expect(within(late).getByTestId('payment-clock')).toHaveTextContent('en retard de 5 j');
    expect(within(late).getByTestId('invoice-status')).toHaveTextContent('Partiellement payée');
    expect(late).toHaveTextContent('1 000,00 €');
    const paid = screen.getByTestId('invoice-row-F-2026-00003');
    expect(within(paid).queryByTestId('payment-clock')).toBeNull();
    expect(within(paid).getByTestId('invoice-status')).toHaveTextContent('Payée');

    const query = calls(mock).find((c) => c.startsWith('GET /api/invoices?')) ?? '';
    expect(query).toContain('page=0');
    expect(query).toContain('size=20');
    expect(query).toContain('sort=issueDate%2Cdesc');
    expect(screen.getByTestId('invoices-csv')).toHaveAttribute('href', '/api/invoices/export.csv');
  });

  it('keeps filters, sort and page in the address and sends them to the API and the CSV export', async () => {
    const mock = stubFetch({
      'GET /api/auth/me': () => jsonResponse(200, SUPPLIER_ME),
      'GET /api/invoices': () => jsonResponse(200, { ...PAGE, total: 45 }),
    });
    const router = renderAt('/factures?page=2');
    await screen.findByTestId('invoices-table');
    expect(calls(mock).find((c) => c.startsWith('GET /api/invoices?'))).toContain('page=1');
    expect(screen.getByRole('navigation', { name: 'Pages des factures' })).toBeInTheDocument();

    await userEvent.selectOptions(screen.getByLabelText('Statut'), 'ISSUED');
    await userEvent.click(screen.getByLabelText('En retard uniquement'));
    await userEvent.click(screen.getByRole('button', { name: /Échéance/ }));
    await waitFor(() => {
      expect(router.state.location.search).toContain('tri=dueDate%2Casc');
    });
    const search = new URLSearchParams(router.state.location.search);
    expect(search.get('statut')).toBe('ISSUED');
    expect(search.get('retard')).toBe('1');
    expect(search.get('page')).toBeNull();
    await waitFor(() => {
      expect(calls(mock).at(-1)).toMatch(/^GET \/api\/invoices\?status=ISSUED&overdue=true&page=0&size=20&sort=dueDate%2Casc$/);
    });
    expect(screen.getByTestId('invoices-csv')).toHaveAttribute('href', '/api/invoices/export.csv?status=ISSUED&overdue=true');
  });

  it('shows the buyer its invoices to pay with the supplier and the service, and a menu entry', async () => {
    stubFetch({
      'GET /api/auth/me': () => jsonResponse(200, BUYER_ME),
      'GET /api/invoices': () => jsonResponse(200, PAGE),
    });
    renderAt('/factures');
    expect(await screen.findByRole('heading', { level: 1, name: 'Factures à payer' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Menu principal' })).toHaveTextContent('Factures à payer');
    const table = await screen.findByTestId('invoices-table');
    const headers = within(table).getAllByRole('columnheader').map((th) => th.textContent);
    expect(headers).toContain('Fournisseur');
    expect(headers).toContain('Service');
    expect(headers).not.toContain('Acheteur');
    const first = screen.getByTestId('invoice-row-F-2026-00012');
    expect(first).toHaveTextContent('Recyclerie du Val');
    expect(first).toHaveTextContent('Direction des écoles');
  });

  it('says when there is no invoice yet', async () => {
    stubFetch({
      'GET /api/auth/me': () => jsonResponse(200, SUPPLIER_ME),
      'GET /api/invoices': () => jsonResponse(200, { items: [], page: 0, size: 20, total: 0 }),
    });
    renderAt('/factures');
    expect(await screen.findByTestId('invoices-empty')).toHaveTextContent('Vous n’avez encore émis aucune facture');
  });
});
