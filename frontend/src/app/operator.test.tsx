import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { calls, jsonResponse, stubFetch } from '../test/fetchStub';
import { routes } from './routes';

const OPERATOR = {
  personId: 'op1',
  email: 'operateur@boucle.fr',
  fullName: 'Claire Opératrice',
  roles: ['OPERATOR'],
  serviceIds: [],
  organisationId: 'boucle',
  organisationName: 'Boucle',
  organisationKind: 'OPERATOR',
  organisationStatus: 'ACTIVE',
};

const PENDING = {
  id: 'o1',
  kind: 'SUPPLIER',
  legalName: 'Électro Solidaire',
  siret: '12345678901234',
  legalForm: 'SAS',
  insertionStatus: 'SIAE_EI',
  insertionProofReference: 'CONV-2025-42',
  insertionValidUntil: '2026-12-31',
  publicBodyType: null,
  status: 'PENDING',
  createdAt: '2025-03-01T10:00:00Z',
};

describe('operator page', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('lists pending organisations and validates one', async () => {
    let validated = false;
    const fetchMock = stubFetch({
      'GET /api/auth/me': () => jsonResponse(200, OPERATOR),
      'GET /api/operator/organisations': () => jsonResponse(200, validated ? [] : [PENDING]),
      'POST /api/operator/organisations/o1/validate': () => {
        validated = true;
        return jsonResponse(200, { ...PENDING, status: 'ACTIVE' });
      },
    });
    const router = createMemoryRouter(routes, { initialEntries: ['/operateur'] });
    render(<RouterProvider router={router} />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Validation des organisations' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Validation des organisations' })).toBeInTheDocument();
    const table = await screen.findByTestId('operator-table');
    expect(within(table).getByText('Électro Solidaire')).toBeInTheDocument();
    expect(table).toHaveTextContent('12345678901234');
    expect(table).toHaveTextContent('CONV-2025-42');
    expect(calls(fetchMock)).toContain('GET /api/operator/organisations?status=PENDING');

    await userEvent.click(screen.getByRole('button', { name: 'Valider Électro Solidaire' }));
    expect(await screen.findByTestId('operator-message')).toHaveTextContent('Électro Solidaire a été validée.');
    expect(calls(fetchMock)).toContain('POST /api/operator/organisations/o1/validate');
    await waitFor(() => {
      expect(screen.getByTestId('operator-empty')).toBeInTheDocument();
    });
  });

  it('refuses people without the operator role', async () => {
    stubFetch({ 'GET /api/auth/me': () => jsonResponse(200, { ...OPERATOR, roles: ['SUPPLIER_ADMIN'], organisationKind: 'SUPPLIER' }) });
    const router = createMemoryRouter(routes, { initialEntries: ['/operateur'] });
    render(<RouterProvider router={router} />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Accès refusé' })).toBeInTheDocument();
  });
});
