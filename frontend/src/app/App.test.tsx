import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { routes } from './routes';

function renderAt(path: string) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(<RouterProvider router={router} />);
  return router;
}

function jsonResponse(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json' },
  });
}

describe('Boucle app', () => {
  beforeEach(() => {
    vi.stubGlobal(
      'fetch',
      vi.fn((input: RequestInfo | URL) => {
        const url = input instanceof Request ? input.url : input.toString();
        if (url.startsWith('/api/categories')) {
          return Promise.resolve(
            jsonResponse(200, [
              { id: 'gros-electromenager', label: 'Gros électroménager', children: [{ id: 'refrigerateur', label: 'Réfrigérateur', children: [] }] },
            ]),
          );
        }
        if (url.startsWith('/health')) {
          return Promise.resolve(
            jsonResponse(503, { status: 'DOWN', details: { jdbc: { status: 'UP' }, elasticsearch: { status: 'DOWN' } } }),
          );
        }
        return Promise.resolve(jsonResponse(404, { title: 'Not Found', status: 404 }));
      }),
    );
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('searching from the home page opens the catalogue with the query in the URL', async () => {
    const router = renderAt('/');
    await userEvent.type(screen.getByLabelText('Rechercher un bien reconditionné'), 'frigo');
    await userEvent.click(screen.getByRole('button', { name: 'Rechercher' }));
    expect(router.state.location.pathname).toBe('/catalogue');
    expect(router.state.location.search).toBe('?q=frigo');
    expect(await screen.findByRole('heading', { level: 1, name: 'Résultats pour « frigo »' })).toBeInTheDocument();
    expect(await screen.findByTestId('catalogue-coming')).toHaveTextContent('frigo');
  });

  it('shows category tiles from the taxonomy API', async () => {
    renderAt('/');
    const tile = await screen.findByRole('link', { name: 'Gros électroménager' });
    expect(tile).toHaveAttribute('href', '/catalogue?category=gros-electromenager');
  });

  it('switches to English and updates the document language', async () => {
    renderAt('/');
    await userEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByLabelText('Search refurbished goods')).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem('boucle.language')).toBe('en');
    await userEvent.click(screen.getByRole('button', { name: 'Français' }));
    expect(document.documentElement.lang).toBe('fr');
  });

  it('folds the tools and the navigation into the menu dialog, which Escape and a new page close', async () => {
    const router = renderAt('/');
    const opener = screen.getByRole('button', { name: 'Menu' });
    expect(opener).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(opener);
    const dialog = screen.getByRole('dialog', { name: 'Menu' });
    expect(screen.getByRole('button', { name: 'Fermer' })).toHaveFocus();
    expect(dialog).toHaveClass('fr-modal--opened');
    expect(within(dialog).getByRole('button', { name: 'English' })).toBeInTheDocument();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(opener).toHaveFocus();
    await userEvent.click(opener);
    await userEvent.click(within(screen.getByRole('dialog')).getByRole('link', { name: 'Catalogue' }));
    expect(router.state.location.pathname).toBe('/catalogue');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('puts the focus on the new page’s heading after a move to another page', async () => {
    renderAt('/');
    const nav = screen.getByRole('navigation', { name: 'Menu principal' });
    await userEvent.click(within(nav).getByRole('link', { name: 'État du service' }));
    const heading = await screen.findByRole('heading', { level: 1 });
    await waitFor(() => {
      expect(heading).toHaveFocus();
    });
  });

  it('status page reports each component, even when the service answers 503', async () => {
    renderAt('/statut');
    await waitFor(() => {
      expect(screen.getByTestId('status-table')).toBeInTheDocument();
    });
    const row = (name: string) => screen.getByTestId('status-table').querySelector(`[data-component="${name}"]`);
    expect(row('jdbc')).toHaveTextContent('Opérationnel');
    expect(row('elasticsearch')).toHaveTextContent('Indisponible');
  });

  it('unknown paths show a not-found page with a title', async () => {
    renderAt('/nulle-part');
    expect(await screen.findByRole('heading', { name: 'Page introuvable' })).toBeInTheDocument();
    expect(document.title).toBe('Page introuvable — Boucle');
  });
});
