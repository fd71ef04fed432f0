import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { routes } from '../../../app/routes';
import { calls, jsonResponse, stubFetch } from '../../../test/fetchStub';
import { externalNavigation } from '../api/invoicing';
import { anInvoice, anOverdueInvoice, BUYER_ME, SUPPLIER_ME } from '../testFixtures';

function renderAt(path: string) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(<RouterProvider router={router} />);
  return router;
}

describe('invoice page', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('warns the buyer of an overdue invoice: the interest with the ECB rate, and the €40 indemnity', async () => {
    stubFetch({
      'GET /api/auth/me': () => jsonResponse(200, BUYER_ME),
      'GET /api/invoices/i2': () => jsonResponse(200, anOverdueInvoice({ canRecordPayment: false, canCreditNote: false })),
    });
    renderAt('/factures/i2');
    expect(await screen.findByRole('heading', { level: 1, name: /Facture F-2026-00007/ })).toBeInTheDocument();
    await waitFor(() => {
      expect(document.title).toBe('Facture F-2026-00007 — Boucle');
    });
    const notice = screen.getByTestId('overdue-notice');
    expect(within(notice).getByRole('heading', { level: 2 })).toHaveTextContent('Facture en retard de 5 jours');
    expect(within(notice).getByTestId('overdue-interest')).toHaveTextContent('des intérêts moratoires de 1,97 €');
    expect(within(notice).getByTestId('overdue-interest')).toHaveTextContent('taux de la BCE retenu : 2,15 %');
    expect(within(notice).getByTestId('overdue-indemnity')).toHaveTextContent('40,00 €');
    expect(screen.getByTestId('invoice-clock-line')).toHaveTextContent('en retard de 5 j');
    expect(screen.getByTestId('invoice-pdf')).toHaveAttribute('href', '/api/invoices/i2/pdf');
    expect(screen.getByTestId('invoice-cii')).toHaveAttribute('href', '/api/invoices/i2/cii');
    expect(screen.getByTestId('invoice-totals')).toHaveTextContent('1 200,00 €');
    expect(screen.getByTestId('invoice-lines')).toHaveTextContent('Chaise de bureau reconditionnée');
    expect(screen.getByTestId('invoice-lines')).toHaveTextContent('20 %');
    expect(screen.queryByTestId('card-pay')).toBeNull();
    expect(screen.queryByTestId('payment-form')).toBeNull();
    expect(screen.queryByTestId('credit-note-form')).toBeNull();
  });

  it('offers the buyer card payment from the payment options: Stripe on, card allowed, something due; and goes to Stripe', async () => {
    const go = vi.spyOn(externalNavigation, 'go').mockImplementation(() => undefined);
    const mock = stubFetch({
      'GET /api/auth/me': () => jsonResponse(200, BUYER_ME),
      'GET /api/invoices/i1': () => jsonResponse(200, anInvoice({ canRecordPayment: false, canCreditNote: false })),
      'GET /api/invoices/i1/payment-options': () =>
        jsonResponse(200, { stripeEnabled: true, cardAllowed: true, mirrorStatus: 'OPEN', hostedInvoiceUrl: 'https://invoice.stripe.test/i/in_1' }),
      'POST /api/invoices/i1/checkout': () => jsonResponse(200, { url: 'https://checkout.stripe.test/c/pay_123' }),
    });
    renderAt('/factures/i1');
    const pay = await screen.findByRole('button', { name: 'Payer par carte' });
    expect(calls(mock)).toContain('GET /api/invoices/i1/payment-options');
    expect(screen.getByTestId('stripe-mirror')).toHaveTextContent('Facture transmise à Stripe : en attente de paiement.');
    expect(within(screen.getByTestId('stripe-mirror')).getByRole('link', { name: /Voir la facture sur Stripe/ })).toHaveAttribute(
      'href',
      'https://invoice.stripe.test/i/in_1',
    );
    expect(screen.queryByTestId('payment-form')).toBeNull();
    expect(screen.queryByTestId('credit-note-form')).toBeNull();
    await userEvent.click(pay);
    await waitFor(() => {
      expect(go).toHaveBeenCalledWith('https://checkout.stripe.test/c/pay_123');
    });
    expect(calls(mock)).toContain('POST /api/invoices/i1/checkout');
  });

  it.each([
    ['card not allowed by the buyer', { stripeEnabled: true, cardAllowed: false, mirrorStatus: 'OPEN' }, {}],
    ['Stripe off on the platform', { stripeEnabled: false, cardAllowed: false }, {}],
    ['nothing due', { stripeEnabled: true, cardAllowed: true, mirrorStatus: 'PAID' }, { dueCents: 0, paidCents: 120000, status: 'PAID' }],
  ] as const)('shows no card payment when %s', async (_, options, invoice) => {
    stubFetch({
      'GET /api/auth/me': () => jsonResponse(200, BUYER_ME),
      'GET /api/invoices/i3': () => jsonResponse(200, anInvoice({ id: 'i3', number: 'F-2026-00003', ...invoice })),
      'GET /api/invoices/i3/payment-options': () => jsonResponse(200, options),
    });
    renderAt('/factures/i3');
    expect(await screen.findByRole('heading', { level: 1, name: /Facture F-2026-00003/ })).toBeInTheDocument();
    await waitFor(() => {
      if (options.stripeEnabled) expect(screen.getByTestId('stripe-mirror')).toBeInTheDocument();
    });
    expect(screen.queryByRole('button', { name: 'Payer par carte' })).toBeNull();
    if (!options.stripeEnabled) expect(screen.queryByTestId('stripe-mirror')).toBeNull();
  });

  it('never offers card payment to the supplier, but shows it the Stripe mirror', async () => {
    stubFetch({
      'GET /api/auth/me': () => jsonResponse(200, SUPPLIER_ME),
      'GET /api/invoices/i1': () => jsonResponse(200, anInvoice()),
      'GET /api/invoices/i1/payment-options': () => jsonResponse(200, { stripeEnabled: true, cardAllowed: true, mirrorStatus: 'PENDING' }),
    });
    renderAt('/factures/i1');
    expect(await screen.findByTestId('stripe-mirror')).toHaveTextContent('en cours de transmission');
    expect(screen.queryByRole('link', { name: /Voir la facture sur Stripe/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Payer par carte' })).toBeNull();
  });

  it('says so calmly when Checkout answers a problem', async () => {
    stubFetch({
      'GET /api/auth/me': () => jsonResponse(200, BUYER_ME),
      'GET /api/invoices/i1': () => jsonResponse(200, anInvoice()),
      'GET /api/invoices/i1/payment-options': () => jsonResponse(200, { stripeEnabled: true, cardAllowed: true, mirrorStatus: 'OPEN' }),
      'POST /api/invoices/i1/checkout': () => jsonResponse(503, { title: 'Service Unavailable', status: 503, detail: 'Stripe is off' }),
    });
    renderAt('/factures/i1');
    await userEvent.click(await screen.findByRole('button', { name: 'Payer par carte' }));
    expect(await screen.findByTestId('card-unavailable')).toHaveTextContent('Vous pouvez régler cette facture par virement');
    expect(screen.queryByRole('button', { name: 'Payer par carte' })).toBeNull();
  });

  it('records a payment typed in euros as exact cents', async () => {
    let body: unknown = null;
    stubFetch({
      'GET /api/auth/me': () => jsonResponse(200, SUPPLIER_ME),
      'GET /api/invoices/i1': () => jsonResponse(200, anInvoice()),
      'POST /api/invoices/i1/payments': (init) => {
        body = JSON.parse(init?.body as string);
        return jsonResponse(201, anInvoice({ paidCents: 1234, dueCents: 118766, status: 'PARTIALLY_PAID' }));
      },
    });
    renderAt('/factures/i1');
    const amount = await screen.findByLabelText('Montant (€)');
    expect(amount).toHaveValue('1200,00');
    await userEvent.clear(amount);
    await userEvent.type(amount, '12,34');
    await userEvent.clear(screen.getByLabelText('Date de réception'));
    await userEvent.type(screen.getByLabelText('Date de réception'), '2026-12-01');
    await userEvent.selectOptions(screen.getByLabelText('Moyen de paiement'), 'TRANSFER');
    await userEvent.type(screen.getByLabelText('Référence'), 'VIR 8812');
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer le paiement' }));
    await waitFor(() => {
      expect(body).toEqual({ amountCents: 1234, receivedOn: '2026-12-01', method: 'TRANSFER', reference: 'VIR 8812' });
    });
    expect(await screen.findByTestId('payment-recorded')).toHaveTextContent('Le paiement de 12,34 € est enregistré.');
  });

  it('shows the API’s field errors next to their fields and summarised above, with focus there', async () => {
    stubFetch({
      'GET /api/auth/me': () => jsonResponse(200, SUPPLIER_ME),
      'GET /api/invoices/i1': () => jsonResponse(200, anInvoice()),
      'POST /api/invoices/i1/payments': () =>
        jsonResponse(400, {
          title: 'Bad Request',
          status: 400,
          detail: 'The payment is not valid.',
          errors: [
            { field: 'amountCents', message: 'Le montant dépasse le reste dû (1 200,00 €).' },
            { field: 'receivedOn', message: 'La date ne peut pas être dans le futur.' },
          ],
        }),
    });
    renderAt('/factures/i1');
    await userEvent.click(await screen.findByRole('button', { name: 'Enregistrer le paiement' }));
    const summary = await screen.findByTestId('payment-errors');
    expect(summary).toHaveFocus();
    expect(within(summary).getByRole('link', { name: /Montant \(€\) : Le montant dépasse le reste dû/ })).toHaveAttribute('href', '#payment-amount');
    expect(within(summary).getByRole('link', { name: /Date de réception/ })).toHaveAttribute('href', '#payment-date');
    const amount = screen.getByLabelText('Montant (€)');
    expect(amount).toHaveAttribute('aria-invalid', 'true');
    expect(amount).toHaveAccessibleDescription(/Le montant dépasse le reste dû/);
    expect(screen.getByLabelText('Date de réception')).toHaveAccessibleDescription('La date ne peut pas être dans le futur.');
  });

  it('refuses an amount that is not euros before asking the API', async () => {
    const mock = stubFetch({
      'GET /api/auth/me': () => jsonResponse(200, SUPPLIER_ME),
      'GET /api/invoices/i1': () => jsonResponse(200, anInvoice()),
    });
    renderAt('/factures/i1');
    const amount = await screen.findByLabelText('Montant (€)');
    await userEvent.clear(amount);
    await userEvent.type(amount, '12,345');
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer le paiement' }));
    expect(await screen.findByTestId('payment-errors')).toHaveTextContent('au plus deux décimales');
    expect(calls(mock).some((c) => c.startsWith('POST'))).toBe(false);
  });

  it('issues a credit note with its reason after confirming, and opens it', async () => {
    const CREDIT_NOTE = anInvoice({
      id: 'c1',
      kind: 'CREDIT_NOTE',
      number: 'A-2026-00001',
      correctedInvoiceId: 'i1',
      correctedInvoiceNumber: 'F-2026-00012',
      canRecordPayment: false,
      canCreditNote: false,
    });
    let body: unknown = null;
    stubFetch({
      'GET /api/auth/me': () => jsonResponse(200, SUPPLIER_ME),
      'GET /api/invoices/i1': () => jsonResponse(200, anInvoice()),
      'POST /api/invoices/i1/credit-notes': (init) => {
        body = JSON.parse(init?.body as string);
        return jsonResponse(201, CREDIT_NOTE);
      },
      'GET /api/invoices/c1': () => jsonResponse(200, CREDIT_NOTE),
    });
    const router = renderAt('/factures/i1');
    await userEvent.click(await screen.findByRole('button', { name: 'Émettre un avoir' }));
    expect(await screen.findByText('Indiquez le motif de l’avoir.', { selector: '.fr-error-text' })).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('Motif de l’avoir'), 'Prix erroné');
    await userEvent.click(screen.getByRole('button', { name: 'Émettre un avoir' }));
    const dialog = await screen.findByRole('dialog', { name: 'Émettre un avoir sur la facture F-2026-00012 ?' });
    expect(dialog).toHaveTextContent('1 200,00 €');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Émettre l’avoir' }));
    await waitFor(() => {
      expect(router.state.location.pathname).toBe('/factures/c1');
    });
    expect(body).toEqual({ reason: 'Prix erroné' });
    expect(await screen.findByTestId('invoice-issued')).toHaveTextContent('L’avoir A-2026-00001 est émis.');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Avoir A-2026-00001');
    expect(screen.getByTestId('corrected-invoice')).toHaveAttribute('href', '/factures/i1');
  });
});
