import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { routes } from '../../../app/routes';
import { calls, jsonResponse, stubFetch } from '../../../test/fetchStub';

const ME = {
  personId: 'p1',
  email: 'chloe.petit@ville.test',
  fullName: 'Chloé Petit',
  roles: ['REQUESTER'],
  serviceIds: ['s1'],
  organisationId: 'o1',
  organisationName: 'Ville de Montreuil',
  organisationKind: 'BUYER',
  organisationStatus: 'ACTIVE',
};

function renderAt(path: string) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(<RouterProvider router={router} />);
  return router;
}

describe('my account', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('offers the copy of the person’s data as JSON and as a readable summary', async () => {
    stubFetch({ 'GET /api/auth/me': () => jsonResponse(200, ME) });
    renderAt('/compte');
    expect(await screen.findByRole('heading', { level: 1, name: 'Mon compte' })).toBeInTheDocument();
    expect(document.title).toBe('Mon compte — Boucle');
    expect(screen.getByTestId('personal-data-json')).toHaveAttribute('href', '/api/me/personal-data');
    expect(screen.getByTestId('personal-data-json')).toHaveAttribute('download');
    expect(screen.getByTestId('personal-data-summary')).toHaveAttribute('href', '/api/me/personal-data/summary?lang=fr');
    expect(screen.getByRole('link', { name: 'Comment Boucle traite vos données personnelles' })).toHaveAttribute(
      'href',
      '/donnees-personnelles',
    );
  });

  it('names each field the server refuses, then saves a correction', async () => {
    let attempt = 0;
    const mock = stubFetch({
      'GET /api/auth/me': () => jsonResponse(200, ME),
      'PUT /api/me/details': () => {
        attempt += 1;
        return attempt === 1
          ? jsonResponse(400, {
              title: 'Bad Request',
              status: 400,
              errors: [
                { field: 'fullName', message: 'must be 2 to 120 characters' },
                { field: 'email', message: 'is already used by another account' },
              ],
            })
          : jsonResponse(200, { ...ME, fullName: 'Chloé Martin', email: 'chloe.martin@ville.test' });
      },
    });
    const user = userEvent.setup();
    renderAt('/compte');
    const name = await screen.findByLabelText('Nom et prénom');
    await user.clear(name);
    await user.type(name, 'C');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    const summary = await screen.findByTestId('account-errors');
    expect(within(summary).getAllByRole('link').map((a) => a.getAttribute('href'))).toEqual(['#account-full-name', '#account-email']);
    expect(screen.getByLabelText('Nom et prénom')).toHaveAttribute('aria-invalid', 'true');

    await user.clear(name);
    await user.type(name, 'Chloé Martin');
    await user.clear(screen.getByLabelText('Adresse électronique'));
    await user.type(screen.getByLabelText('Adresse électronique'), 'chloe.martin@ville.test');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(await screen.findByText('Vos informations sont enregistrées.')).toBeInTheDocument();
    const put = mock.mock.calls.filter(([, init]) => init?.method === 'PUT').at(-1);
    expect(JSON.parse(put?.[1]?.body as string)).toEqual({ fullName: 'Chloé Martin', email: 'chloe.martin@ville.test' });
    expect(screen.getByTestId('session-name')).toHaveTextContent('Chloé Martin');
  });

  it('erases the account only once confirmed, then says so', async () => {
    let erased = false;
    const mock = stubFetch({
      'GET /api/auth/me': () => (erased ? jsonResponse(401, { title: 'Unauthorized', status: 401 }) : jsonResponse(200, ME)),
      'DELETE /api/me': () => {
        erased = true;
        return new Response(null, { status: 204 });
      },
    });
    const user = userEvent.setup();
    const router = renderAt('/compte');
    await user.click(await screen.findByRole('button', { name: 'Effacer mon compte' }));
    const dialog = await screen.findByTestId('erasure-dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Annuler' }));
    expect(calls(mock)).not.toContain('DELETE /api/me');

    await user.click(screen.getByRole('button', { name: 'Effacer mon compte' }));
    await user.click(within(await screen.findByTestId('erasure-dialog')).getByRole('button', { name: 'Effacer définitivement' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Votre compte a été effacé' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/compte/efface');
    expect(calls(mock)).toContain('DELETE /api/me');
  });

  it('tells the last administrator to hand over first', async () => {
    stubFetch({
      'GET /api/auth/me': () => jsonResponse(200, { ...ME, roles: ['BUYER_ADMIN'] }),
      'DELETE /api/me': () =>
        jsonResponse(409, {
          type: 'https://boucle.fr/problems/hand-over-first',
          title: 'Conflict',
          status: 409,
          detail: 'You are your organisation’s last active administrator.',
        }),
    });
    const user = userEvent.setup();
    renderAt('/compte');
    await user.click(await screen.findByRole('button', { name: 'Effacer mon compte' }));
    await user.click(within(await screen.findByTestId('erasure-dialog')).getByRole('button', { name: 'Effacer définitivement' }));
    await waitFor(() => {
      expect(screen.getByTestId('erasure-error')).toHaveTextContent('last active administrator');
    });
  });
});
