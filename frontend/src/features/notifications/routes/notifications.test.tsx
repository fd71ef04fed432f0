import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { routes } from '../../../app/routes';
import { en } from '../../../lib/locales/en';
import { fr } from '../../../lib/locales/fr';
import type { Notification } from '../../../lib/notifications';
import { calls, jsonResponse, stubFetch } from '../../../test/fetchStub';

const REQUESTER = {
  personId: 'p2',
  email: 'nadia@vitry.test',
  fullName: 'Nadia Benali',
  roles: ['REQUESTER'],
  serviceIds: ['svc1'],
  organisationId: 'b1',
  organisationName: 'Ville de Vitry-sur-Seine',
  organisationKind: 'BUYER',
  organisationStatus: 'ACTIVE',
};

const ANSWERED: Notification = { id: 12, kind: 'NEED_ANSWERED', subject: '30 chaises de bureau', link: '/besoins/n1', createdAt: '2026-12-04T10:00:00Z', readAt: null };
const STOCK: Notification = {
  id: 9,
  kind: 'NEED_STOCK',
  subject: 'Chaise ergonomique',
  link: '/catalogue/l1',
  createdAt: '2026-12-03T10:00:00Z',
  readAt: '2026-12-03T11:00:00Z',
};

function renderAt(path: string) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(<RouterProvider router={router} />);
  return router;
}

function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keys(value as object, `${prefix}${key}.`),
  );
}

describe('notifications', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('has the same message keys in French and English', () => {
    expect(keys(en.notifications).sort()).toEqual(keys(fr.notifications).sort());
  });

  it('shows the unread count in the bell’s accessible name, in the header and the mobile menu', async () => {
    stubFetch({
      'GET /api/auth/me': () => jsonResponse(200, REQUESTER),
      'GET /api/notifications/unread': () => jsonResponse(200, { count: 3 }),
      'GET /api/categories': () => jsonResponse(200, []),
    });
    renderAt('/');
    const bell = await screen.findByTestId('notification-bell');
    await within(bell).findByText('3');
    expect(bell).toHaveAccessibleName('Notifications (3 non lues)');
    expect(bell).toHaveAttribute('href', '/notifications');
    // The same bell in the mobile menu's dialog.
    await userEvent.click(screen.getByRole('button', { name: 'Menu' }));
    const menu = await screen.findByRole('dialog');
    expect(within(menu).getByRole('link', { name: 'Notifications (3 non lues)' })).toHaveAttribute('href', '/notifications');
  });

  it('lists the notifications newest first, each linking to its object, and marks them read', async () => {
    let unread = 1;
    const mock = stubFetch({
      'GET /api/auth/me': () => jsonResponse(200, REQUESTER),
      'GET /api/notifications/unread': () => jsonResponse(200, { count: unread }),
      'GET /api/notifications': () =>
        jsonResponse(200, { items: [unread === 1 ? ANSWERED : { ...ANSWERED, readAt: '2026-12-04T12:00:00Z' }, STOCK], page: 0, size: 20, total: 2 }),
      'POST /api/notifications/12/read': () => {
        unread = 0;
        return jsonResponse(200, { count: 0 });
      },
      'POST /api/notifications/read-all': () => {
        unread = 0;
        return jsonResponse(200, { count: 0 });
      },
    });
    renderAt('/notifications');
    const list = await screen.findByTestId('notifications');
    const items = within(list).getAllByRole('listitem');
    expect(within(items[0] as HTMLElement).getByRole('link', { name: 'Nouvelle réponse à votre besoin « 30 chaises de bureau »' })).toHaveAttribute('href', '/besoins/n1');
    expect(within(items[0] as HTMLElement).getByText('Nouveau')).toBeInTheDocument();
    expect(within(items[1] as HTMLElement).getByRole('link', { name: 'Nouveau en stock pour un de vos besoins : Chaise ergonomique' })).toHaveAttribute(
      'href',
      '/catalogue/l1',
    );
    expect(within(items[1] as HTMLElement).queryByText('Nouveau')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Tout marquer comme lu' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Marquer comme lue : Nouvelle réponse à votre besoin « 30 chaises de bureau »' }));
    expect(calls(mock)).toContain('POST /api/notifications/12/read');
    await screen.findByText('Notifications', { selector: 'h1' });
    expect(await within(await screen.findByTestId('notification-bell')).findByText(/aucune non lue/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Tout marquer comme lu' })).not.toBeInTheDocument();
  });

  it('says when there is nothing yet', async () => {
    stubFetch({
      'GET /api/auth/me': () => jsonResponse(200, REQUESTER),
      'GET /api/notifications/unread': () => jsonResponse(200, { count: 0 }),
      'GET /api/notifications': () => jsonResponse(200, { items: [], page: 0, size: 20, total: 0 }),
    });
    renderAt('/notifications');
    expect(await screen.findByText('Aucune notification pour le moment.')).toBeInTheDocument();
  });
});
