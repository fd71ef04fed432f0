import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { routes } from '../../../app/routes';
import { calls, jsonResponse, stubFetch } from '../../../test/fetchStub';
import { anInvoice, SUPPLIER_ME } from '../testFixtures';

const party = (id: string, legalName: string) => ({ id, legalName, siret: '12345678900011' });

function anOrder(overrides: Record<string, unknown> = {}) {
  return {
    id: 'o1',
    number: 'BC-2026-00042',
    status: 'DELIVERED',
    buyer: party('b1', 'Ville de Montreuil'),
    service: { id: 'svc1', name: 'Direction des écoles', street: '1 rue', postcode: '93100', city: 'Montreuil', approvalThresholdCents: 0 },
    supplier: party('s1', 'Recyclerie du Val'),
    lot: {
      agreementId: 'a1',
      agreementReference: 'AC-2026-01',
      agreementTitle: 'Mobilier de bureau',
      lotId: 'l1',
      lotNumber: 1,
      lotTitle: 'Mobilier',
      reservation: 'SIAE',
    },
    periodIndex: 0,
    lines: [],
    vat: [],
    totals: { exclVatCents: 100000, vatCents: 20000, inclVatCents: 120000 },
    deliveryFee: { exclVatCents: 0, vatCents: 0, vatRateBasisPoints: 2000 },
    deliveryAddress: { street: '1 rue', postcode: '93100', city: 'Montreuil' },
    deliveryDate: '2026-11-15',
    requesterId: 'p9',
    requesterName: 'Marc Lefèvre',
    requiresApproval: false,
    submittedAt: '2026-11-01T10:00:00Z',
    updatedAt: '2026-11-15T10:00:00Z',
    events: [],
    allowedActions: ['INVOICE'],
    invoices: [],
    canIssueInvoice: true,
    ...overrides,
  };
}

function renderOrder() {
  const router = createMemoryRouter(routes, { initialEntries: ['/commandes/o1'] });
  render(<RouterProvider router={router} />);
  return router;
}

describe('issuing an order’s invoice', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('has no issue button unless the order says the invoice can be issued, and lists its invoices', async () => {
    stubFetch({
      'GET /api/auth/me': () => jsonResponse(200, SUPPLIER_ME),
      'GET /api/orders/o1': () =>
        jsonResponse(200, anOrder({ status: 'INVOICED', allowedActions: [], canIssueInvoice: false, invoices: [{ id: 'i1', number: 'F-2026-00012', status: 'ISSUED' }] })),
    });
    renderOrder();
    const panel = await screen.findByTestId('order-invoices');
    expect(within(panel).getByRole('link', { name: 'Facture F-2026-00012' })).toHaveAttribute('href', '/factures/i1');
    expect(screen.queryByRole('button', { name: 'Émettre la facture' })).toBeNull();
  });

  it('replaces "mark invoiced" by issuing the invoice, confirmed with its amount, then opens it', async () => {
    const mock = stubFetch({
      'GET /api/auth/me': () => jsonResponse(200, SUPPLIER_ME),
      'GET /api/orders/o1': () => jsonResponse(200, anOrder()),
      'POST /api/orders/o1/invoices': () => jsonResponse(201, anInvoice()),
      'GET /api/invoices/i1': () => jsonResponse(200, anInvoice()),
    });
    const router = renderOrder();
    await userEvent.click(await screen.findByRole('button', { name: 'Émettre la facture' }));
    expect(screen.queryByRole('button', { name: 'Marquer facturée' })).toBeNull();
    const dialog = await screen.findByRole('dialog', { name: 'Émettre la facture ?' });
    expect(dialog).toHaveTextContent('La facture sera émise pour 1 200,00 € TTC');
    expect(calls(mock)).not.toContain('POST /api/orders/o1/invoices');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Émettre la facture' }));
    await waitFor(() => {
      expect(router.state.location.pathname).toBe('/factures/i1');
    });
    expect(calls(mock)).toContain('POST /api/orders/o1/invoices');
    expect(await screen.findByTestId('invoice-issued')).toHaveTextContent('La facture F-2026-00012 est émise.');
  });

  it('closes the dialog on "Annuler" or Escape without issuing anything, focus back on the button', async () => {
    const mock = stubFetch({
      'GET /api/auth/me': () => jsonResponse(200, SUPPLIER_ME),
      'GET /api/orders/o1': () => jsonResponse(200, anOrder()),
    });
    renderOrder();
    await userEvent.click(await screen.findByRole('button', { name: 'Émettre la facture' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByRole('button', { name: 'Émettre la facture' })).toHaveFocus();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Annuler' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    const issue = screen.getByRole('button', { name: 'Émettre la facture' });
    expect(issue).toHaveFocus();
    await userEvent.click(issue);
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(calls(mock).some((c) => c.startsWith('POST'))).toBe(false);
  });

  it('explains an incomplete billing profile and links to its form', async () => {
    stubFetch({
      'GET /api/auth/me': () => jsonResponse(200, SUPPLIER_ME),
      'GET /api/orders/o1': () => jsonResponse(200, anOrder()),
      'POST /api/orders/o1/invoices': () =>
        jsonResponse(422, {
          title: 'Unprocessable Entity',
          status: 422,
          detail: 'The billing profile is incomplete.',
          errors: [
            { field: 'billingProfile.iban', message: 'missing' },
            { field: 'billingProfile.electronicAddress', message: 'missing' },
          ],
        }),
    });
    renderOrder();
    await userEvent.click(await screen.findByRole('button', { name: 'Émettre la facture' }));
    await userEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Émettre la facture' }));
    const alert = await screen.findByTestId('issue-profile-incomplete');
    expect(alert).toHaveTextContent('Profil de facturation incomplet');
    expect(alert).toHaveTextContent('IBAN');
    expect(alert).toHaveTextContent('Adresse électronique de facturation');
    expect(within(alert).getByRole('link', { name: 'Compléter le profil de facturation' })).toHaveAttribute('href', '/organisation#facturation');
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
