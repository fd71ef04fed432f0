import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, stubFetch } from '../test/fetchStub';
import { routes } from './routes';

const ME = {
  personId: 'p1',
  email: 'paul.martin@lyon.fr',
  fullName: 'Paul Martin',
  roles: ['BUYER_ADMIN'],
  serviceIds: [],
  organisationId: 'o2',
  organisationName: 'Ville de Lyon',
  organisationKind: 'BUYER',
  organisationStatus: 'PENDING',
};

const ORGANISATION = {
  id: 'o2',
  kind: 'BUYER',
  legalName: 'Ville de Lyon',
  siret: '21690123100011',
  legalForm: null,
  insertionStatus: null,
  insertionProofReference: null,
  insertionValidUntil: null,
  publicBodyType: 'COMMUNE',
  status: 'PENDING',
  description: null,
  contactEmail: null,
  contactPhone: null,
  purchasingDepartment: null,
  departmentsServed: ['69'],
  createdAt: '2025-03-01T10:00:00Z',
};

describe('organisation page', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('shows every section to a buyer administrator, amounts in euros, and the API token secret once', async () => {
    let serviceBody: unknown = null;
    stubFetch({
      'GET /api/auth/me': () => jsonResponse(200, ME),
      'GET /api/organisation': () => jsonResponse(200, ORGANISATION),
      'GET /api/organisation/services': () =>
        jsonResponse(200, [
          {
            id: 's1',
            name: 'Direction des écoles',
            street: '1 place de la Comédie',
            postcode: '69001',
            city: 'Lyon',
            department: '69',
            latitude: 45.767,
            longitude: 4.836,
            chorusServiceCode: 'ECOLES',
            approvalThresholdCents: 150000,
          },
        ]),
      'POST /api/organisation/services': (init) => {
        serviceBody = JSON.parse(init?.body as string);
        return jsonResponse(201, {});
      },
      'GET /api/organisation/members': () =>
        jsonResponse(200, [{ id: 'p1', email: ME.email, fullName: ME.fullName, active: true, roles: ['BUYER_ADMIN'], serviceIds: [] }]),
      'GET /api/organisation/invitations': () => jsonResponse(200, []),
      'GET /api/organisation/api-tokens': () => jsonResponse(200, []),
      'POST /api/organisation/api-tokens': () =>
        jsonResponse(201, {
          token: { id: 't1', name: 'ERP', prefix: 'bcl_ab', scopes: ['orders:read'], createdAt: '2025-03-02T10:00:00Z', lastUsedAt: null, revokedAt: null },
          secret: 'bcl_abcdef123456',
        }),
      'GET /api/organisation/audit': () => jsonResponse(200, { items: [], page: 0, size: 20, total: 0 }),
    });
    const router = createMemoryRouter(routes, { initialEntries: ['/organisation'] });
    render(<RouterProvider router={router} />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Ville de Lyon' })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 2, name: 'Profil' })).toBeInTheDocument();
    expect(screen.getByTestId('organisation-status')).toHaveTextContent('En attente de validation');
    for (const name of ['Profil', 'Services', 'Membres', "Jetons d'API", "Journal d'audit"]) {
      expect(screen.getByRole('heading', { level: 2, name })).toBeInTheDocument();
    }
    const services = await screen.findByTestId('service-table');
    expect(services).toHaveTextContent('1 500,00 €');

    await userEvent.type(screen.getByLabelText('Nom'), 'Crèches');
    await userEvent.type(screen.getByLabelText("Seuil d'approbation (€ HT)"), '1 234,56');
    await userEvent.click(screen.getByRole('button', { name: 'Ajouter' }));
    await waitFor(() => {
      expect(serviceBody).toMatchObject({ name: 'Crèches', approvalThresholdCents: 123456 });
    });

    expect(screen.getByLabelText('Approbateur')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: "Envoyer l'invitation" })).toBeInTheDocument();

    await userEvent.type(screen.getByLabelText('Nom du jeton'), 'ERP');
    await userEvent.click(screen.getByLabelText('Lire les commandes (orders:read)'));
    await userEvent.click(screen.getByRole('button', { name: 'Créer le jeton' }));
    const secret = await screen.findByTestId('api-token-secret');
    expect(secret).toHaveTextContent('bcl_abcdef123456');
    expect(secret).toHaveTextContent('il ne sera plus jamais affiché');
  });
});
