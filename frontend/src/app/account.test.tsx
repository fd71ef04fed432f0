import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { calls, jsonResponse, stubFetch } from '../test/fetchStub';
import { routes } from './routes';

function renderAt(path: string) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(<RouterProvider router={router} />);
  return router;
}

const ME = {
  personId: 'p1',
  email: 'awa@electro-solidaire.fr',
  fullName: 'Awa Diallo',
  roles: ['SUPPLIER_ADMIN'],
  serviceIds: [],
  organisationId: 'o1',
  organisationName: 'Électro Solidaire',
  organisationKind: 'SUPPLIER',
  organisationStatus: 'ACTIVE',
};

describe('sign-in page', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('shows the problem detail when the credentials are refused', async () => {
    stubFetch({
      'GET /api/auth/me': () => jsonResponse(401, { title: 'Unauthorized', status: 401 }),
      'POST /api/auth/login': () =>
        jsonResponse(401, { title: 'Unauthorized', status: 401, detail: 'Adresse électronique ou mot de passe incorrect.' }),
    });
    renderAt('/connexion');
    expect(await screen.findByRole('heading', { level: 1, name: 'Connexion' })).toBeInTheDocument();
    expect(document.title).toBe('Connexion — Boucle');
    await userEvent.type(screen.getByLabelText('Adresse électronique'), 'awa@electro-solidaire.fr');
    await userEvent.type(screen.getByLabelText('Mot de passe'), 'mauvais-mot-de-passe');
    await userEvent.click(screen.getByRole('button', { name: 'Se connecter' }));
    const alert = await screen.findByTestId('signin-error');
    expect(alert).toHaveTextContent('Adresse électronique ou mot de passe incorrect.');
    expect(alert).toHaveFocus();
  });

  it('explains a refused sign-in through the identity provider', async () => {
    stubFetch({
      'GET /api/auth/me': () => jsonResponse(401, { title: 'Unauthorized', status: 401 }),
    });
    renderAt('/connexion?erreur=oidc');
    expect(await screen.findByTestId('signin-provider-refused')).toHaveTextContent(
      'déjà lié à une autre identité',
    );
  });

  it('shows providers and demo accounts, and goes back to the requested page after success', async () => {
    stubFetch({
      'GET /api/auth/me': () => jsonResponse(401, { title: 'Unauthorized', status: 401 }),
      'GET /api/auth/providers': () => jsonResponse(200, [{ id: 'proconnect', label: 'ProConnect', loginUrl: '/oauth2/authorization/proconnect' }]),
      'GET /api/demo/accounts': () => jsonResponse(200, [{ email: 'demo@boucle.fr', password: 'demo-demo-demo', who: 'Fournisseur' }]),
      'POST /api/auth/login': () => jsonResponse(200, ME),
      'GET /api/organisation': () => jsonResponse(200, {}),
    });
    const router = renderAt('/connexion?retour=%2Fcatalogue');
    expect(await screen.findByRole('link', { name: 'Se connecter avec ProConnect' })).toHaveAttribute(
      'href',
      '/oauth2/authorization/proconnect',
    );
    expect(await screen.findByTestId('demo-accounts')).toHaveTextContent('demo@boucle.fr');
    await userEvent.type(screen.getByLabelText('Adresse électronique'), 'awa@electro-solidaire.fr');
    await userEvent.type(screen.getByLabelText('Mot de passe'), 'un-bon-mot-de-passe');
    await userEvent.click(screen.getByRole('button', { name: 'Se connecter' }));
    await waitFor(() => {
      expect(router.state.location.pathname).toBe('/catalogue');
    });
    expect(screen.getByTestId('session-name')).toHaveTextContent('Awa Diallo');
    expect(screen.getByRole('link', { name: 'Mon organisation' })).toBeInTheDocument();
  });

  it('lands each person on their own page when no return path is given', async () => {
    stubFetch({
      'GET /api/auth/me': () => jsonResponse(401, { title: 'Unauthorized', status: 401 }),
      'POST /api/auth/login': () => jsonResponse(200, ME),
    });
    const router = renderAt('/connexion');
    await userEvent.type(await screen.findByLabelText('Adresse électronique'), 'awa@electro-solidaire.fr');
    await userEvent.type(screen.getByLabelText('Mot de passe'), 'un-bon-mot-de-passe');
    await userEvent.click(screen.getByRole('button', { name: 'Se connecter' }));
    // A supplier administrator starts with the orders waiting for them.
    await waitFor(() => {
      expect(router.state.location.pathname).toBe('/commandes');
    });
    expect(router.state.location.search).toBe('?aTraiter=1');
  });

  it('sends signed-out people from /organisation to sign in, keeping where they were going', async () => {
    stubFetch({ 'GET /api/auth/me': () => jsonResponse(401, { title: 'Unauthorized', status: 401 }) });
    const router = renderAt('/organisation');
    await waitFor(() => {
      expect(router.state.location.pathname).toBe('/connexion');
    });
    expect(router.state.location.search).toBe('?retour=%2Forganisation');
  });
});

describe('sign-up page', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('shows each field error of a 400 problem next to its field, with a focused summary', async () => {
    const fetchMock = stubFetch({
      'GET /api/auth/me': () => jsonResponse(401, { title: 'Unauthorized', status: 401 }),
      'POST /api/signup': () =>
        jsonResponse(400, {
          title: 'Bad Request',
          status: 400,
          detail: '2 fields are invalid.',
          errors: [
            { field: 'organisation.siret', message: 'Le SIRET est invalide.' },
            { field: 'admin.email', message: 'Cette adresse est déjà utilisée.' },
          ],
        }),
    });
    renderAt('/inscription');
    expect(await screen.findByRole('heading', { level: 1, name: 'Créer le compte de votre organisation' })).toBeInTheDocument();
    await userEvent.click(screen.getByLabelText('Structure du réemploi (fournisseur)'));
    await userEvent.type(screen.getByLabelText('Raison sociale'), 'Électro Solidaire');
    await userEvent.type(screen.getByLabelText('SIRET'), '12345678901234');
    await userEvent.selectOptions(screen.getByLabelText("Statut d'insertion"), 'SIAE_EI');
    await userEvent.type(screen.getByLabelText('Référence du justificatif'), 'CONV-2025-42');
    await userEvent.type(screen.getByLabelText('Date de fin de validité du justificatif'), '2026-12-31');
    await userEvent.type(screen.getByLabelText('Nom et prénom'), 'Awa Diallo');
    await userEvent.type(screen.getByLabelText('Adresse électronique'), 'awa@electro-solidaire.fr');
    await userEvent.type(screen.getByLabelText('Mot de passe'), 'une phrase de passe solide');
    await userEvent.click(screen.getByRole('button', { name: 'Créer le compte' }));

    const siret = screen.getByLabelText('SIRET');
    await waitFor(() => {
      expect(siret).toHaveAttribute('aria-invalid', 'true');
    });
    expect(siret).toHaveAccessibleDescription(expect.stringContaining('Le SIRET est invalide.'));
    expect(screen.getByLabelText('Adresse électronique')).toHaveAccessibleDescription(
      expect.stringContaining('Cette adresse est déjà utilisée.'),
    );
    expect(screen.getByLabelText('Raison sociale')).not.toHaveAttribute('aria-invalid');
    const summary = screen.getByTestId('signup-error-summary');
    expect(summary).toHaveFocus();
    expect(summary).toHaveTextContent('SIRET : Le SIRET est invalide.');

    const body = JSON.parse(((fetchMock.mock.calls.find(([, init]) => init?.method === 'POST')?.[1]?.body ?? '{}') as string)) as {
      organisation: Record<string, string>;
      admin: Record<string, string>;
    };
    expect(body.organisation).toMatchObject({ kind: 'SUPPLIER', siret: '12345678901234', insertionStatus: 'SIAE_EI', insertionValidUntil: '2026-12-31' });
    expect(calls(fetchMock)).toContain('POST /api/signup');
  });

  it('checks the password length before sending, and announces the pending validation on success', async () => {
    stubFetch({
      'GET /api/auth/me': () => jsonResponse(401, { title: 'Unauthorized', status: 401 }),
      'POST /api/signup': () => jsonResponse(201, { organisationId: 'o9' }),
    });
    renderAt('/inscription');
    await userEvent.click(await screen.findByLabelText('Acheteur public'));
    await userEvent.type(screen.getByLabelText('Raison sociale'), 'Ville de Lyon');
    await userEvent.type(screen.getByLabelText('SIRET'), '21690123100011');
    await userEvent.selectOptions(screen.getByLabelText("Type d'organisme public"), 'COMMUNE');
    await userEvent.type(screen.getByLabelText('Nom et prénom'), 'Paul Martin');
    await userEvent.type(screen.getByLabelText('Adresse électronique'), 'paul.martin@lyon.fr');
    await userEvent.type(screen.getByLabelText('Mot de passe'), 'court');
    await userEvent.click(screen.getByRole('button', { name: 'Créer le compte' }));
    expect(screen.getByLabelText('Mot de passe')).toHaveAccessibleDescription(expect.stringContaining('au moins 12 caractères'));
    await userEvent.clear(screen.getByLabelText('Mot de passe'));
    await userEvent.type(screen.getByLabelText('Mot de passe'), 'une phrase de passe solide');
    await userEvent.click(screen.getByRole('button', { name: 'Créer le compte' }));
    expect(await screen.findByTestId('signup-success')).toHaveTextContent('en attente de validation');
  });
});

describe('invitation page', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('explains that an expired invitation cannot be used', async () => {
    stubFetch({
      'GET /api/auth/me': () => jsonResponse(401, { title: 'Unauthorized', status: 401 }),
      'GET /api/invitations/abc': () => jsonResponse(410, { title: 'Gone', status: 410 }),
    });
    renderAt('/invitation/abc');
    expect(await screen.findByTestId('invitation-error')).toHaveTextContent('Cette invitation a expiré ou a déjà été utilisée');
  });
});
