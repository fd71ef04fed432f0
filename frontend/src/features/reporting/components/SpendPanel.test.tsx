import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { routes } from '../../../app/routes';
import { calls, jsonResponse, stubFetch } from '../../../test/fetchStub';
import type { SpendBreakdown, SpendOverview } from '../api/spend';

const ADMIN_ME = {
  personId: 'p1',
  email: 'acheteur@ville.test',
  fullName: 'Alice Acheteuse',
  roles: ['BUYER_ADMIN'],
  serviceIds: [],
  organisationId: 'b1',
  organisationName: 'Ville de Montreuil',
  organisationKind: 'BUYER',
  organisationStatus: 'ACTIVE',
};

const OVERVIEW: SpendOverview = {
  asOf: '2026-12-04T21:00:00Z',
  totals: { maximumCents: 20_000_000, committedCents: 4_000_000, invoicedCents: 12_500_000, paidCents: 10_000_000, remainingCents: 3_500_000, consumedBp: 8250 },
  lots: [
    {
      agreementId: 'a1',
      agreementReference: 'AC-2026-01',
      agreementTitle: 'Mobilier de réemploi',
      lotId: 'l1',
      lotNumber: 1,
      lotTitle: 'Sièges',
      reservation: 'NONE',
      periods: [
        { periodIndex: 0, startsOn: '2025-01-01', endsOn: '2025-12-31', current: false, maximumCents: 10_000_000, committedCents: 0, invoicedCents: 7_000_000, paidCents: 7_000_000, remainingCents: 3_000_000, consumedBp: 7000, forecastReachOn: null, alert: 'NONE' },
        { periodIndex: 1, startsOn: '2026-01-01', endsOn: '2026-12-31', current: true, maximumCents: 10_000_000, committedCents: 4_000_000, invoicedCents: 5_500_000, paidCents: 3_000_000, remainingCents: 500_000, consumedBp: 9500, forecastReachOn: '2026-12-20', alert: 'NEAR' },
      ],
    },
  ],
};

function breakdown(by: SpendBreakdown['by']): SpendBreakdown {
  const rows =
    by === 'service'
      ? [{ key: 's1', label: 'Direction des crèches', committedCents: 4_000_000, invoicedCents: 5_500_000, paidCents: 3_000_000, consumedCents: 9_500_000 }]
      : [{ key: by === 'month' ? '2026-11' : 'k1', label: by === 'month' ? '2026-11' : `Ligne ${by}`, committedCents: 4_000_000, invoicedCents: 5_500_000, paidCents: 3_000_000, consumedCents: 9_500_000 }];
  return { by, from: '2025-12-01', to: '2026-11-30', rows, totals: { committedCents: 4_000_000, invoicedCents: 5_500_000, paidCents: 3_000_000, consumedCents: 9_500_000 } };
}

function stub() {
  return stubFetch({
    'GET /api/auth/me': () => jsonResponse(200, ADMIN_ME),
    'GET /api/reports/spend': () => jsonResponse(200, OVERVIEW),
    'GET /api/reports/spend/breakdown': (_init, url) => jsonResponse(200, breakdown(new URL(url, 'http://x').searchParams.get('by') as SpendBreakdown['by'])),
    'GET /api/reports/spend/alerts': () =>
      jsonResponse(200, { alerts: [{ lotId: 'l1', agreementReference: 'AC-2026-01', lotNumber: 1, lotTitle: 'Sièges', periodIndex: 1, threshold: 80, reachedAt: '2026-11-02T10:00:00Z', consumedBp: 8012 }] }),
  });
}

function renderAt(path: string) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(<RouterProvider router={router} />);
  return router;
}

describe('framework spend tab', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('is the first tab and shows the headline figures, the alert, the lots with their forecast and the exports', async () => {
    stub();
    renderAt('/tableau-de-bord');
    expect(await screen.findByRole('tab', { name: 'Dépenses des accords-cadres' })).toHaveAttribute('aria-selected', 'true');
    expect(await screen.findByText('200 000,00 €')).toBeInTheDocument();
    expect(screen.getByText('165 000,00 €')).toBeInTheDocument();
    expect(screen.getByText('82,5 % du maximum')).toBeInTheDocument();
    expect(screen.getByText('dont payé : 100 000,00 €')).toBeInTheDocument();
    expect(await screen.findByText('80 % du maximum atteint')).toBeInTheDocument();
    expect(screen.getByText(/Lot 1 « Sièges » de l’accord AC-2026-01, période 2 : 80,12 % consommés le/)).toBeInTheDocument();

    const table = screen.getByRole('table', { name: 'Lots et périodes' });
    const current = within(table).getAllByRole('row')[2];
    expect(current).toBeDefined();
    expect(current).toHaveTextContent('en cours');
    expect(current).toHaveTextContent('95 %');
    expect(current).toHaveTextContent('20 déc. 2026');
    expect(current).toHaveTextContent('80 % atteints');
    expect(screen.getByRole('heading', { name: 'Période en cours de chaque lot, en % du maximum' })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'Consommation par service' })).toBeInTheDocument();

    const csv = screen.getAllByRole('link', { name: 'Exporter en CSV' });
    expect(csv[0]).toHaveAttribute('href', '/api/reports/spend.csv');
    expect(csv[1]).toHaveAttribute('href', '/api/reports/spend/breakdown.csv?by=service');
  });

  it('keeps the filters in the address and asks the API with them', async () => {
    const mock = stub();
    const router = renderAt('/tableau-de-bord?rubrique=depenses&du=2026-01-01');
    const agreement = await screen.findByLabelText('Accord-cadre');
    await screen.findByRole('option', { name: 'AC-2026-01 — Mobilier de réemploi' });
    await userEvent.selectOptions(agreement, 'a1');
    await waitFor(() => {
      expect(router.state.location.search).toBe('?rubrique=depenses&du=2026-01-01&accord=a1');
    });
    await waitFor(() => {
      expect(calls(mock)).toContain('GET /api/reports/spend/breakdown?by=month&agreementId=a1&from=2026-01-01');
    });
    expect(calls(mock)).toContain('GET /api/reports/spend?agreementId=a1');
    expect(screen.getAllByRole('link', { name: 'Exporter en XLSX' })[0]).toHaveAttribute('href', '/api/reports/spend.xlsx?agreementId=a1');
  });
});
