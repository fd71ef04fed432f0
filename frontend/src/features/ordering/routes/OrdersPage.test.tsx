import { render, screen, waitFor } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { routes } from '../../../app/routes';
import { calls, jsonResponse, stubFetch } from '../../../test/fetchStub';

const APPROVER = {
  personId: 'p2',
  email: 'marc@ville.test',
  fullName: 'Marc Lefèvre',
  roles: ['APPROVER'],
  serviceIds: ['svc1'],
  organisationId: 'b1',
  organisationName: 'Ville de Montreuil',
  organisationKind: 'BUYER',
  organisationStatus: 'ACTIVE',
};

describe('approver inbox', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('lists the orders waiting for approval, not the service’s other work', async () => {
    const mock = stubFetch({
      'GET /api/auth/me': () => jsonResponse(200, APPROVER),
      'GET /api/orders': () => jsonResponse(200, { items: [], page: 0, size: 20, total: 0 }),
    });
    render(<RouterProvider router={createMemoryRouter(routes, { initialEntries: ['/approbations'] })} />);
    expect(await screen.findByRole('heading', { level: 1 })).toBeInTheDocument();
    await waitFor(() => {
      expect(calls(mock).some((c) => c.startsWith('GET /api/orders?'))).toBe(true);
    });
    const query = calls(mock).find((c) => c.startsWith('GET /api/orders?')) ?? '';
    expect(query).toContain('status=SUBMITTED');
    expect(query).toContain('awaitingMe=true');
  });
});
