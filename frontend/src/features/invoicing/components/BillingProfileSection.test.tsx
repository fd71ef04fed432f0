import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { routes } from '../../../app/routes';
import { jsonResponse, stubFetch } from '../../../test/fetchStub';
import { externalNavigation } from '../api/invoicing';
import { SUPPLIER_ME } from '../testFixtures';

const ORGANISATION = {
  id: 's1',
  kind: 'SUPPLIER',
  legalName: 'Recyclerie du Val',
  siret: '12345678900011',
  legalForm: null,
  insertionStatus: 'EI',
  insertionProofReference: null,
  insertionValidUntil: null,
  publicBodyType: null,
  status: 'ACTIVE',
  description: null,
  contactEmail: null,
  contactPhone: null,
  purchasingDepartment: null,
  departmentsServed: ['93'],
  createdAt: '2025-03-01T10:00:00Z',
};

const INCOMPLETE = {
  vatRegime: 'LIABLE',
  vatNumber: 'FR32123456789',
  iban: null,
  bic: null,
  accountHolder: null,
  street: '3 rue du Port',
  postcode: '93100',
  city: 'Montreuil',
  electronicAddress: null,
  complete: false,
  missing: ['iban', 'accountHolder', 'electronicAddress'],
};

function renderOrganisation(path = '/organisation') {
  render(<RouterProvider router={createMemoryRouter(routes, { initialEntries: [path] })} />);
}

describe('billing profile and online payment', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('highlights the fields an invoice still needs and saves the profile', async () => {
    let saved: unknown = null;
    stubFetch({
      'GET /api/auth/me': () => jsonResponse(200, SUPPLIER_ME),
      'GET /api/organisation': () => jsonResponse(200, ORGANISATION),
      'GET /api/organisation/billing-profile': () => jsonResponse(200, INCOMPLETE),
      'PUT /api/organisation/billing-profile': (init) => {
        saved = JSON.parse(init?.body as string);
        return jsonResponse(200, { ...INCOMPLETE, ...(saved as object), complete: true, missing: [] });
      },
      'GET /api/payments/stripe/account': () => jsonResponse(503, { title: 'Service Unavailable', status: 503, detail: 'Stripe is not configured' }),
    });
    renderOrganisation();
    const section = await screen.findByTestId('billing-profile');
    expect(screen.getByRole('heading', { level: 2, name: 'Facturation' })).toBeInTheDocument();
    const missing = within(section).getByTestId('billing-missing');
    expect(within(missing).getByRole('link', { name: 'IBAN' })).toHaveAttribute('href', '#billing-iban');
    const iban = screen.getByLabelText('IBAN');
    expect(iban).toHaveAttribute('aria-invalid', 'true');
    expect(iban).toHaveAccessibleDescription(/Nécessaire pour émettre une facture/);
    expect(screen.getByLabelText('Numéro de TVA intracommunautaire')).not.toHaveAttribute('aria-invalid');
    expect(screen.getByLabelText('Assujetti à la TVA')).toBeChecked();

    await userEvent.type(iban, 'FR76 3000 6000 0112 3456 7890 189');
    await userEvent.type(screen.getByLabelText('Titulaire du compte'), 'Recyclerie du Val');
    await userEvent.type(screen.getByLabelText('Adresse électronique de facturation'), 'factures@recyclerie.test');
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer le profil de facturation' }));
    await waitFor(() => {
      expect(saved).toMatchObject({
        vatRegime: 'LIABLE',
        vatNumber: 'FR32123456789',
        iban: 'FR7630006000011234567890189',
        accountHolder: 'Recyclerie du Val',
        electronicAddress: 'factures@recyclerie.test',
        bic: null,
      });
    });
    expect(await screen.findByTestId('billing-message')).toHaveTextContent('vous pouvez émettre des factures');
    // Stripe not configured on the platform is said calmly, not as an error.
    expect(screen.getByTestId('stripe-off')).toHaveTextContent('Paiement en ligne non activé sur cette plateforme');
  });

  it('drops the VAT number of a franchise seller and shows the server’s field errors', async () => {
    let saved: unknown = null;
    stubFetch({
      'GET /api/auth/me': () => jsonResponse(200, SUPPLIER_ME),
      'GET /api/organisation': () => jsonResponse(200, ORGANISATION),
      'GET /api/organisation/billing-profile': () => jsonResponse(404, { title: 'Not Found', status: 404 }),
      'PUT /api/organisation/billing-profile': (init) => {
        saved = JSON.parse(init?.body as string);
        return jsonResponse(400, {
          title: 'Bad Request',
          status: 400,
          errors: [{ field: 'iban', message: 'IBAN invalide (clé de contrôle).' }],
        });
      },
      'GET /api/payments/stripe/account': () =>
        jsonResponse(200, { status: 'NOT_STARTED', chargesEnabled: false, payoutsEnabled: false, detailsSubmitted: false, requirementsDue: 0 }),
    });
    renderOrganisation();
    await screen.findByTestId('billing-profile');
    await userEvent.click(screen.getByLabelText('Franchise en base de TVA (article 293 B du CGI)'));
    expect(screen.queryByLabelText('Numéro de TVA intracommunautaire')).toBeNull();
    await userEvent.type(screen.getByLabelText('IBAN'), 'FR00');
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer le profil de facturation' }));
    await waitFor(() => {
      expect(screen.getByLabelText('IBAN')).toHaveAccessibleDescription(/IBAN invalide/);
    });
    expect(saved).toMatchObject({ vatRegime: 'FRANCHISE_293B', vatNumber: null, iban: 'FR00' });
  });

  it('shows the Stripe account status and opens Stripe’s onboarding', async () => {
    const go = vi.spyOn(externalNavigation, 'go').mockImplementation(() => undefined);
    stubFetch({
      'GET /api/auth/me': () => jsonResponse(200, SUPPLIER_ME),
      'GET /api/organisation': () => jsonResponse(200, ORGANISATION),
      'GET /api/organisation/billing-profile': () => jsonResponse(200, { ...INCOMPLETE, complete: true, missing: [] }),
      'GET /api/payments/stripe/account': () =>
        jsonResponse(200, {
          status: 'PENDING',
          accountId: 'acct_1',
          chargesEnabled: false,
          payoutsEnabled: false,
          detailsSubmitted: false,
          requirementsDue: 1,
        }),
      'POST /api/payments/stripe/onboarding': () => jsonResponse(200, { url: 'https://connect.stripe.test/setup/abc' }),
    });
    renderOrganisation();
    const block = await screen.findByTestId('stripe-account');
    expect(await within(block).findByTestId('stripe-status')).toHaveTextContent('En cours de vérification');
    expect(within(block).getByTestId('stripe-requirements')).toHaveTextContent('Stripe demande encore 1 information.');
    await userEvent.click(within(block).getByRole('button', { name: 'Configurer le paiement en ligne' }));
    await waitFor(() => {
      expect(go).toHaveBeenCalledWith('https://connect.stripe.test/setup/abc');
    });
  });

  it('shows an account Stripe asks more of (REQUIREMENTS_DUE) and sends the admin back to Stripe', async () => {
    const go = vi.spyOn(externalNavigation, 'go').mockImplementation(() => undefined);
    stubFetch({
      'GET /api/auth/me': () => jsonResponse(200, SUPPLIER_ME),
      'GET /api/organisation': () => jsonResponse(200, ORGANISATION),
      'GET /api/organisation/billing-profile': () => jsonResponse(200, { ...INCOMPLETE, complete: true, missing: [] }),
      'GET /api/payments/stripe/account': () =>
        jsonResponse(200, {
          status: 'REQUIREMENTS_DUE',
          accountId: 'acct_1',
          chargesEnabled: true,
          payoutsEnabled: false,
          detailsSubmitted: true,
          requirementsDue: 3,
        }),
      'POST /api/payments/stripe/onboarding': () => jsonResponse(200, { url: 'https://connect.stripe.test/setup/more' }),
    });
    renderOrganisation();
    const block = await screen.findByTestId('stripe-account');
    expect(await within(block).findByTestId('stripe-status')).toHaveTextContent('Informations demandées');
    expect(within(block).getByTestId('stripe-requirements')).toHaveTextContent('Stripe demande encore 3 informations.');
    expect(within(block).queryByRole('button', { name: 'Configurer le paiement en ligne' })).toBeNull();
    await userEvent.click(within(block).getByRole('button', { name: 'Compléter les informations demandées par Stripe' }));
    await waitFor(() => {
      expect(go).toHaveBeenCalledWith('https://connect.stripe.test/setup/more');
    });
  });
});
