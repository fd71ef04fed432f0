import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { routes } from '../../../app/routes';
import { calls, jsonResponse, stubFetch } from '../../../test/fetchStub';
import { BUYER_ME } from '../testFixtures';

const BUYER_ADMIN_ME = { ...BUYER_ME, roles: ['BUYER_ADMIN'], serviceIds: [] };

const ORGANISATION = {
  id: 'b1',
  kind: 'BUYER',
  legalName: 'Ville de Montreuil',
  siret: '21930048000015',
  legalForm: null,
  insertionStatus: null,
  insertionProofReference: null,
  insertionValidUntil: null,
  publicBodyType: 'LOCAL_AUTHORITY',
  status: 'ACTIVE',
  description: null,
  contactEmail: null,
  contactPhone: null,
  purchasingDepartment: null,
  departmentsServed: ['93'],
  createdAt: '2025-03-01T10:00:00Z',
};

function renderOrganisation() {
  render(<RouterProvider router={createMemoryRouter(routes, { initialEntries: ['/organisation'] })} />);
}

describe('buyer card payment setting', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('lets the buyer admin allow card payment and saves it', async () => {
    const sent: unknown[] = [];
    const mock = stubFetch({
      'GET /api/auth/me': () => jsonResponse(200, BUYER_ADMIN_ME),
      'GET /api/organisation': () => jsonResponse(200, ORGANISATION),
      'GET /api/payments/settings': () => jsonResponse(200, { cardAllowed: false }),
      'PUT /api/payments/settings': (init) => {
        const body = JSON.parse(init?.body as string) as { cardAllowed: boolean };
        sent.push(body);
        return jsonResponse(200, body);
      },
    });
    renderOrganisation();
    const section = await screen.findByTestId('card-setting');
    expect(within(section).getByRole('heading', { level: 2 })).toHaveTextContent('Paiement par carte');
    const box = await within(section).findByRole('checkbox', { name: /Autoriser le paiement par carte des factures/ });
    expect(box).not.toBeChecked();
    await userEvent.click(box);
    expect(await within(section).findByText('Le paiement par carte des factures est autorisé.')).toBeInTheDocument();
    expect(sent).toEqual([{ cardAllowed: true }]);
    await waitFor(() => {
      expect(box).toBeChecked();
    });
    expect(calls(mock)).toContain('PUT /api/payments/settings');
  });

  it('explains that card payment is off when Stripe is not configured (503)', async () => {
    stubFetch({
      'GET /api/auth/me': () => jsonResponse(200, BUYER_ADMIN_ME),
      'GET /api/organisation': () => jsonResponse(200, ORGANISATION),
      'GET /api/payments/settings': () =>
        jsonResponse(503, { type: 'https://boucle.fr/problems/stripe-not-configured', title: 'Service Unavailable', status: 503 }),
    });
    renderOrganisation();
    expect(await screen.findByTestId('card-setting-off')).toHaveTextContent('Le paiement par carte n’est pas activé sur cette plateforme');
    expect(screen.queryByRole('checkbox', { name: /Autoriser le paiement par carte/ })).toBeNull();
  });

  it('is not shown to a buyer who is not an admin', async () => {
    const mock = stubFetch({
      'GET /api/auth/me': () => jsonResponse(200, BUYER_ME),
      'GET /api/organisation': () => jsonResponse(200, ORGANISATION),
    });
    renderOrganisation();
    expect(await screen.findByRole('heading', { level: 1, name: 'Ville de Montreuil' })).toBeInTheDocument();
    expect(screen.queryByTestId('card-setting')).toBeNull();
    expect(calls(mock)).not.toContain('GET /api/payments/settings');
  });
});
