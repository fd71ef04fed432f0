import { render, screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { routes } from '../../../app/routes';
import { jsonResponse, stubFetch } from '../../../test/fetchStub';
import type { EmissionsReport } from '../api/agec';

const YEAR = new Date().getFullYear();

const REPORT: EmissionsReport = {
  year: YEAR,
  totalAvoidedKgCo2e: 700,
  method: 'Units bought reused through Boucle in the year × the production stages…',
  sources: [{ title: 'Impact CO2 (incubateur-ademe/impactco2)', url: 'https://github.com/incubateur-ademe/impactco2', licence: 'MIT License, (c) 2022 Datagir' }],
  rows: [
    { categoryId: 'refrigerateur', categoryLabel: 'Réfrigérateur', footprintItem: 'Réfrigérateur', units: 2, productionKgCo2ePerUnit: 257.3, avoidedKgCo2e: 510 },
    { categoryId: 'pc-portable', categoryLabel: 'Ordinateur portable', footprintItem: 'Ordinateur portable', units: 1, productionKgCo2ePerUnit: 182.6, avoidedKgCo2e: 180 },
    { categoryId: 'siege-bureau', categoryLabel: 'Siège de bureau', units: 4, note: 'Office chairs are not in the ADEME data.' },
  ],
};

describe('Emissions tab', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('shows the total, a row per category, the method and sources, and names the categories without data', async () => {
    stubFetch({
      'GET /api/auth/me': () =>
        jsonResponse(200, {
          personId: 'p1', email: 'a@b.test', fullName: 'A', roles: ['BUYER_ADMIN'], serviceIds: [], organisationId: 'b1',
          organisationName: 'Ville', organisationKind: 'BUYER', organisationStatus: 'ACTIVE',
        }),
      'GET /api/reports/emissions': () => jsonResponse(200, REPORT),
    });
    render(<RouterProvider router={createMemoryRouter(routes, { initialEntries: ['/tableau-de-bord?rubrique=emissions'] })} />);
    expect(await screen.findByText('700 kgCO2e')).toBeInTheDocument();
    const table = screen.getByTestId('emissions-table');
    expect(within(table).getByRole('row', { name: /Réfrigérateur/ })).toHaveTextContent('257,3');
    expect(within(table).getByRole('row', { name: /Réfrigérateur/ })).toHaveTextContent('510');
    expect(within(table).getByRole('row', { name: /Siège de bureau/ })).toHaveTextContent('—');
    expect(screen.getByTestId('emissions-missing')).toHaveTextContent('Siège de bureau — Office chairs are not in the ADEME data.');
    expect(screen.getByTestId('emissions-method')).toHaveTextContent('production stages');
    expect(within(screen.getByTestId('emissions-sources')).getByRole('link', { name: /Impact CO2/ })).toHaveAttribute('href', 'https://github.com/incubateur-ademe/impactco2');
    const chartTable = screen.getByRole('table', { name: `Émissions évitées par catégorie (${String(YEAR)}, kgCO2e)` });
    expect(within(chartTable).getAllByRole('row')).toHaveLength(3);
  });
});
