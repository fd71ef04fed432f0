import { render, screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { routes } from '../../../app/routes';
import { jsonResponse, stubFetch } from '../../../test/fetchStub';
import type { LegalInformation } from '../api/privacy';

const LEGAL: LegalInformation = {
  publisher: {
    name: 'Opérateur de test',
    address: '1 rue de la Paix, 75002 Paris',
    email: 'contact@operateur.test',
    phone: '01 00 00 00 00',
    registration: 'SIREN 000 000 000',
  },
  director: 'La directrice de l’opérateur',
  host: { name: 'Hébergeur de test', address: '2 avenue du Nuage, 59000 Lille', phone: '03 00 00 00 00' },
  dataProtection: { contact: 'Délégué de test', email: 'dpd@operateur.test', address: '1 rue de la Paix, 75002 Paris' },
  retention: [
    { key: 'signInFailures', seconds: 900, job: 'LoginThrottle.purge' },
    { key: 'expiredLinks', seconds: 30 * 86400, job: 'RetentionJobs.purgeExpiredLinks' },
    { key: 'inactiveAccounts', seconds: 730 * 86400, job: 'InactiveAccounts.run' },
    { key: 'ordersAndInvoices', seconds: 3653 * 86400, job: null },
  ],
};

function renderAt(path: string) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(<RouterProvider router={router} />);
  return router;
}

describe('legal pages', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('shows the legal notice from the configuration', async () => {
    stubFetch({
      'GET /api/auth/me': () => jsonResponse(401, { title: 'Unauthorized', status: 401 }),
      'GET /api/legal': () => jsonResponse(200, LEGAL),
    });
    renderAt('/mentions-legales');
    expect(await screen.findByRole('heading', { level: 1, name: 'Mentions légales' })).toBeInTheDocument();
    expect(await screen.findByTestId('legal-publisher')).toHaveTextContent('Opérateur de test');
    expect(screen.getByTestId('legal-director')).toHaveTextContent('La directrice de l’opérateur');
    expect(screen.getByTestId('legal-host')).toHaveTextContent('Hébergeur de test');
  });

  it('lists the retention periods the jobs apply, the rights with the self-service, the contact and the CNIL', async () => {
    stubFetch({
      'GET /api/auth/me': () => jsonResponse(401, { title: 'Unauthorized', status: 401 }),
      'GET /api/legal': () => jsonResponse(200, LEGAL),
    });
    renderAt('/donnees-personnelles');
    expect(await screen.findByRole('heading', { level: 1, name: 'Données personnelles' })).toBeInTheDocument();
    const table = await screen.findByTestId('retention-table');
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['Échecs de connexion (adresse, adresse IP)', '15 minutes', 'Supprimées automatiquement'],
      ['Invitations et liens de réinitialisation, après leur expiration ou leur usage', '30 jours', 'Supprimées automatiquement'],
      ['Comptes sans connexion : désactivés après', '2 ans', 'Supprimées automatiquement'],
      ['Commandes et factures', '10 ans', 'Conservées pour la durée légale, puis archivées'],
    ]);
    expect(screen.getByRole('link', { name: 'Exercer mes droits depuis « Mon compte »' })).toHaveAttribute('href', '/compte');
    expect(screen.getByTestId('data-protection-contact')).toHaveTextContent('dpd@operateur.test');
    expect(screen.getByRole('link', { name: /adresser une plainte à la CNIL/ })).toHaveAttribute('href', 'https://www.cnil.fr/fr/plaintes');
  });

  it('names the two strictly necessary cookies, and the footer links every legal page', async () => {
    stubFetch({ 'GET /api/auth/me': () => jsonResponse(401, { title: 'Unauthorized', status: 401 }) });
    renderAt('/cookies');
    expect(await screen.findByRole('heading', { level: 1, name: 'Gestion des cookies' })).toBeInTheDocument();
    const names = within(screen.getByTestId('cookies-table'))
      .getAllByRole('row')
      .slice(1)
      .map((row) => within(row).getAllByRole('cell')[0]?.textContent);
    expect(names).toEqual(['BOUCLE_SESSION', 'BOUCLE_CSRF']);
    const footer = screen.getByRole('contentinfo');
    expect(within(footer).getByRole('link', { name: 'Mentions légales' })).toHaveAttribute('href', '/mentions-legales');
    expect(within(footer).getByRole('link', { name: 'Données personnelles' })).toHaveAttribute('href', '/donnees-personnelles');
    expect(within(footer).getByRole('link', { name: 'Gestion des cookies' })).toHaveAttribute('href', '/cookies');
  });
});
