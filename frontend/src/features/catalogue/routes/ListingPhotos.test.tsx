import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { routes } from '../../../app/routes';
import { jsonResponse, stubFetch } from '../../../test/fetchStub';

const CHAIR = {
  id: 'l1',
  title: 'Chaise de bureau Steelcase',
  description: 'Chaise ergonomique révisée.',
  categoryPath: [{ id: 'siege', label: 'Sièges' }, { id: 'chaise', label: 'Chaises' }],
  condition: 'TRES_BON_ETAT',
  origin: 'RECONDITIONNE',
  warrantyMonths: 12,
  priceExclVat: '120.00',
  priceExclVatCents: 12000,
  vatRateBasisPoints: 2000,
  priceInclVat: '144.00',
  priceInclVatCents: 14400,
  minimumOrderQuantity: 1,
  availableQuantity: 4,
  status: 'PUBLISHED',
  supplier: { id: 's1', name: 'Atelier Mobilier', insertionStatus: 'SIAE_EI', insertionFamily: 'SIAE', siret: '12345678901234' },
  depot: { name: 'Dépôt', street: '1 rue', postcode: '93100', city: 'Montreuil', department: '93', latitude: '48.8', longitude: '2.4' },
  photos: [
    { thumbUrl: '/api/photos/a/thumb', largeUrl: '/api/photos/a/large', alt: 'Chaise noire vue de face' },
    { thumbUrl: '/api/photos/b/thumb', largeUrl: '/api/photos/b/large', alt: '' },
  ],
};

describe('listing photos (RGAA 1.3)', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('shows the supplier’s alternative, and for a photo without one says which listing it shows, never alt=""', async () => {
    stubFetch({ 'GET /api/catalogue/listings/l1': () => jsonResponse(200, CHAIR) });
    render(<RouterProvider router={createMemoryRouter(routes, { initialEntries: ['/catalogue/l1'] })} />);
    const gallery = await screen.findByTestId('listing-gallery');
    expect(within(gallery).getByRole('img', { name: 'Chaise noire vue de face' })).toHaveAttribute('src', '/api/photos/a/large');
    await userEvent.click(within(gallery).getByRole('button', { name: 'Photo 2 sur 2' }));
    expect(within(gallery).getByRole('img', { name: 'Photo 2 de : Chaise de bureau Steelcase' })).toHaveAttribute(
      'src',
      '/api/photos/b/large',
    );
  });
});
