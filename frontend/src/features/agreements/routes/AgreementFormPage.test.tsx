import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { routes } from '../../../app/routes';
import { jsonResponse, stubFetch } from '../../../test/fetchStub';

const ME = {
  personId: 'p1',
  email: 'louis@ville.test',
  fullName: 'Louis Martin',
  roles: ['BUYER_ADMIN'],
  serviceIds: [],
  organisationId: 'b1',
  organisationName: 'Ville de Montreuil',
  organisationKind: 'BUYER',
  organisationStatus: 'ACTIVE',
};
const CATEGORIES = [
  { id: 'mobilier-bureau', label: 'Mobilier de bureau', children: [{ id: 'siege-bureau', label: 'Sièges de bureau', children: [] }] },
];
// insertionStatus absent: the API leaves nulls out.
const SUPPLIERS = { items: [{ id: 'sup1', legalName: 'Atelier du Réemploi', siret: '12345678900011' }], page: 0, size: 100, total: 1 };

describe('framework agreement form', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('sends amounts in cents and the discount in basis points, and shows every field the API rejects', async () => {
    let sent: Record<string, unknown> | null = null;
    stubFetch({
      'GET /api/auth/me': () => jsonResponse(200, ME),
      'GET /api/categories': () => jsonResponse(200, CATEGORIES),
      'GET /api/agreements/eligible-suppliers': () => jsonResponse(200, SUPPLIERS),
      'POST /api/agreements': (init) => {
        sent = JSON.parse(init?.body as string) as Record<string, unknown>;
        return jsonResponse(400, {
          title: 'Bad Request',
          status: 400,
          detail: 'Some fields are invalid',
          errors: [
            { field: 'reference', message: 'is already used by another of your agreements' },
            { field: 'lots[0].environmentalClause', message: 'is required for a contract launched from 2026' },
          ],
        });
      },
    });
    const user = userEvent.setup();
    const router = createMemoryRouter(routes, { initialEntries: ['/accords-cadres/nouveau'] });
    render(<RouterProvider router={router} />);
    await user.type(await screen.findByLabelText('Référence'), 'AC-2026-07');
    await user.type(screen.getByLabelText('Intitulé'), 'Mobilier de réemploi');
    await user.type(screen.getByLabelText('Intitulé du lot'), 'Mobilier');
    await user.click(await screen.findByLabelText('Sièges de bureau'));
    await user.click(await screen.findByLabelText('Atelier du Réemploi — 12345678900011'));
    await user.type(screen.getByLabelText(/^Montant maximum HT/), '50 000,50');
    const discount = screen.getByLabelText(/^Remise/);
    await user.clear(discount);
    await user.type(discount, '7,5');
    await user.click(screen.getByRole('button', { name: 'Enregistrer le brouillon' }));

    await waitFor(() => {
      expect(sent).not.toBeNull();
    });
    const lots = (sent as unknown as { lots: Record<string, unknown>[] }).lots;
    expect(lots[0]).toMatchObject({
      number: 1,
      title: 'Mobilier',
      categoryIds: ['siege-bureau'],
      supplierIds: ['sup1'],
      minimumExclVatCents: 0,
      maximumExclVatCents: 5_000_050,
      priceTerms: 'CATALOGUE_DISCOUNT',
      discountBasisPoints: 750,
      unitPrices: null,
    });
    expect(await screen.findByText('is already used by another of your agreements')).toHaveAttribute('id', 'agreement-reference-error');
    expect(screen.getByText('is required for a contract launched from 2026')).toHaveAttribute('id', 'lot-0-environment-error');
    // The summary links each error to its field.
    expect(screen.getByRole('link', { name: /Lot n° 1 — Clause environnementale/ })).toHaveAttribute('href', '#lot-0-environment');
  });

  it('sends each lot’s platform commission typed in percent as basis points, and shows its errors', async () => {
    const sent: Record<string, unknown>[] = [];
    stubFetch({
      'GET /api/auth/me': () => jsonResponse(200, ME),
      'GET /api/categories': () => jsonResponse(200, CATEGORIES),
      'GET /api/agreements/eligible-suppliers': () => jsonResponse(200, SUPPLIERS),
      'POST /api/agreements': (init) => {
        sent.push(JSON.parse(init?.body as string) as Record<string, unknown>);
        return jsonResponse(400, {
          title: 'Bad Request',
          status: 400,
          detail: 'Some fields are invalid',
          errors: [{ field: 'lots[0].platformCommissionBp', message: 'must be less than or equal to 10000' }],
        });
      },
    });
    const user = userEvent.setup();
    render(<RouterProvider router={createMemoryRouter(routes, { initialEntries: ['/accords-cadres/nouveau'] })} />);
    await user.type(await screen.findByLabelText('Référence'), 'AC-2026-08');
    await user.type(screen.getByLabelText('Intitulé'), 'Mobilier de réemploi');
    await user.type(screen.getByLabelText('Intitulé du lot'), 'Mobilier');
    await user.type(screen.getByLabelText(/^Montant maximum HT/), '50 000');
    const commission = screen.getByLabelText(/^Commission de la plateforme \(%\)/);
    expect(commission).toHaveValue('0');
    expect(commission).toHaveAccessibleDescription(/0 pour un lot réservé ou sans commission/);

    // Out of range: a local error, nothing sent.
    await user.clear(commission);
    await user.type(commission, '100,5');
    await user.click(screen.getByRole('button', { name: 'Enregistrer le brouillon' }));
    expect(await screen.findByText(/Saisissez un pourcentage entre 0 et 100/, { selector: '#lot-0-commission-error' })).toBeInTheDocument();
    expect(sent).toEqual([]);

    await user.clear(commission);
    await user.type(commission, '2,35');
    await user.click(screen.getByRole('button', { name: 'Enregistrer le brouillon' }));
    await waitFor(() => {
      expect(sent).toHaveLength(1);
    });
    const lots = (sent[0] as { lots: Record<string, unknown>[] }).lots;
    expect(lots[0]).toMatchObject({ platformCommissionBp: 235 });
    expect(await screen.findByText('must be less than or equal to 10000')).toHaveAttribute('id', 'lot-0-commission-error');
    expect(screen.getByRole('link', { name: /Lot n° 1 — Commission de la plateforme/ })).toHaveAttribute('href', '#lot-0-commission');
  });
});
