import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { routes } from '../../../app/routes';
import { calls, jsonResponse, stubFetch } from '../../../test/fetchStub';
import type { SourcingFigures } from '../api/needs';

const ADMIN = {
  personId: 'p1',
  email: 'admin@vitry.test',
  fullName: 'Claire Martin',
  roles: ['BUYER_ADMIN'],
  serviceIds: [],
  organisationId: 'b1',
  organisationName: 'Ville de Vitry-sur-Seine',
  organisationKind: 'BUYER',
  organisationStatus: 'ACTIVE',
};
const REQUESTER = { ...ADMIN, personId: 'p2', roles: ['REQUESTER'], serviceIds: ['svc1'] };

const FIGURES: SourcingFigures = {
  from: '2026-01-01',
  to: '2026-12-04',
  published: 5,
  open: 1,
  closed: 3,
  cancelled: 1,
  proposals: 3,
  notForUs: 2,
  proposalsPerNeed: '0.60',
  notForUsPerNeed: '0.40',
  answeredNeeds: 3,
  insertionAnsweredNeeds: 2,
  insertionShareBasisPoints: 4000,
  outcomes: [
    { outcome: 'ORDERED', count: 1, amountCents: 150000 },
    { outcome: 'BOUGHT_ELSEWHERE', count: 1, amountCents: 80012 },
    { outcome: 'NOT_BOUGHT', count: 1, amountCents: 0 },
  ],
  months: [
    { month: '2026-11', published: 0, answered: 0 },
    { month: '2026-12', published: 5, answered: 3 },
  ],
};

function renderAt(path: string) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(<RouterProvider router={router} />);
  return router;
}

describe('sourcing statistics', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('shows the buyer admin’s headline figures, charts with their data and outcomes, filtered in the address', async () => {
    const fetch = stubFetch({
      'GET /api/auth/me': () => jsonResponse(200, ADMIN),
      'GET /api/needs/statistics': () => jsonResponse(200, FIGURES),
    });
    const router = renderAt('/besoins/statistiques?du=2026-01-01');
    expect(await screen.findByRole('heading', { level: 1, name: 'Statistiques de sourçage' })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 2, name: 'Besoins publiés du 1 janv. 2026 au 4 déc. 2026' })).toBeInTheDocument();
    expect(screen.getByText('Ouverts : 1 · clos : 3 · annulés : 1')).toBeInTheDocument();
    expect(screen.getByText('0,60')).toBeInTheDocument();
    expect(screen.getByText('« Pas pour nous » par besoin : 0,40')).toBeInTheDocument();
    expect(screen.getByText('40 %')).toBeInTheDocument();
    expect(screen.getByText('2 besoins sur 5')).toBeInTheDocument();
    expect(screen.getByText('Propositions : 3 · « pas pour nous » : 2')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Besoins publiés et besoins ayant reçu une proposition, par mois de publication' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Issue des besoins clos' })).toBeInTheDocument();
    const outcomes = screen.getByTestId('sourcing-outcomes');
    expect(within(outcomes).getByRole('row', { name: /Commandé via Boucle/ })).toHaveTextContent('1 500,00 €');
    expect(within(outcomes).getByRole('row', { name: /Acheté ailleurs/ })).toHaveTextContent('800,12 €');
    expect(calls(fetch)).toContain('GET /api/needs/statistics?from=2026-01-01');

    await userEvent.clear(screen.getByLabelText('au'));
    await userEvent.type(screen.getByLabelText('au'), '2026-06-30');
    await userEvent.click(screen.getByRole('button', { name: 'Afficher' }));
    expect(router.state.location.search).toBe('?du=2026-01-01&au=2026-06-30');
    await vi.waitFor(() => {
      expect(calls(fetch)).toContain('GET /api/needs/statistics?from=2026-01-01&to=2026-06-30');
    });
  });

  it('offers the page from the board to the buyer admin only', async () => {
    stubFetch({
      'GET /api/auth/me': () => jsonResponse(200, ADMIN),
      'GET /api/needs': () => jsonResponse(200, { items: [], page: 0, size: 20, total: 0 }),
      'GET /api/categories': () => jsonResponse(200, []),
    });
    renderAt('/besoins');
    expect(await screen.findByRole('link', { name: 'Statistiques de sourçage' })).toHaveAttribute('href', '/besoins/statistiques');
  });

  it('is refused to a requester', async () => {
    const fetch = stubFetch({
      'GET /api/auth/me': () => jsonResponse(200, REQUESTER),
      'GET /api/needs': () => jsonResponse(200, { items: [], page: 0, size: 20, total: 0 }),
      'GET /api/categories': () => jsonResponse(200, []),
    });
    renderAt('/besoins');
    expect(await screen.findByRole('link', { name: 'Publier un besoin' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Statistiques de sourçage' })).not.toBeInTheDocument();
    renderAt('/besoins/statistiques');
    expect(await screen.findAllByRole('heading', { level: 1 })).not.toHaveLength(0);
    expect(calls(fetch).some((c) => c.startsWith('GET /api/needs/statistics'))).toBe(false);
  });
});
