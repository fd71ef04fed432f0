import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { routes } from '../../../app/routes';
import { formatEuros } from '../../../lib/money';
import { jsonResponse, stubFetch } from '../../../test/fetchStub';

/** Testing Library collapses every space in the page's text, the narrow no-break ones too. */
const euros = (cents: number) => formatEuros(cents).replace(/\s+/g, ' ');

const ME = {
  personId: 'p1',
  email: 'chloe@ville.test',
  fullName: 'Chloé Petit',
  roles: ['REQUESTER'],
  serviceIds: ['svc1'],
  organisationId: 'b1',
  organisationName: 'Ville de Montreuil',
  organisationKind: 'BUYER',
  organisationStatus: 'ACTIVE',
};
const SUPPLIER = { id: 'sup1', legalName: 'Atelier du Réemploi', siret: '12345678900011', insertionStatus: 'SIAE_ACI' };
const SERVICE = { id: 'svc1', name: 'Direction des crèches', street: '12 rue des Ateliers', postcode: '93100', city: 'Montreuil', approvalThresholdCents: 10_000 };
const LINE = {
  listingId: 'l1',
  sku: 'SKU-1',
  title: 'Chaise de bureau',
  categoryId: 'siege-bureau',
  kind: 'LOT',
  listingStatus: 'PUBLISHED',
  catalogueUnitPriceCents: 12_345,
  vatRateBasisPoints: 2000,
  minimumOrderQuantity: 1,
  available: 10,
  quantity: 2,
  addedAt: '2026-12-01T10:00:00Z',
  obstacles: [],
};
const CART = { groups: [{ supplier: SUPPLIER, lines: [LINE] }], lineCount: 1 };
const LOT = {
  agreementId: 'a1',
  agreementReference: 'AC-2026-01',
  agreementTitle: 'Mobilier de réemploi',
  lotId: 'lot1',
  lotNumber: 1,
  lotTitle: 'Mobilier de bureau',
  reservation: 'SIAE',
};
const PREVIEW = {
  service: SERVICE,
  myServices: [SERVICE],
  groups: [
    {
      supplier: SUPPLIER,
      lines: [LINE],
      options: [
        {
          lot: LOT,
          applicable: true,
          obstacles: [],
          lines: [],
          totals: { exclVatCents: 21_604, vatCents: 4_321, inclVatCents: 25_925 },
          deliveryFee: { exclVatCents: 0, vatCents: 0, inclVatCents: 0 },
          periodIndex: 0,
          remainingBeforeCents: 100_000_000,
          remainingAfterCents: 99_978_396,
          requiresApproval: true,
        },
      ],
      chosenLotId: 'lot1',
      obstacles: [],
    },
  ],
};
const ORDER = {
  id: 'o1',
  number: 'BC-2026-000001',
  status: 'SUBMITTED',
  buyer: { id: 'b1', legalName: 'Ville de Montreuil', siret: '21930048000015', insertionStatus: null },
  service: SERVICE,
  supplier: SUPPLIER,
  lot: LOT,
  periodIndex: 0,
  lines: [],
  vat: [],
  totals: { exclVatCents: 21_604, vatCents: 4_321, inclVatCents: 25_925 },
  deliveryFee: { exclVatCents: 0, vatCents: 0, vatRateBasisPoints: 0 },
  deliveryAddress: { street: '12 rue des Ateliers', postcode: '93100', city: 'Montreuil' },
  deliveryDate: '2026-12-10',
  note: null,
  requesterId: 'p1',
  requesterName: 'Chloé Petit',
  requiresApproval: true,
  invoiceReference: null,
  submittedAt: '2026-12-01T10:00:00Z',
  updatedAt: '2026-12-01T10:00:00Z',
  events: [{ from: null, to: 'SUBMITTED', actorId: 'p1', actorLabel: 'Chloé Petit', comment: null, at: '2026-12-01T10:00:00Z' }],
  allowedActions: ['CANCEL'],
};

function renderAt(path: string) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(<RouterProvider router={router} />);
  return router;
}

describe('cart and checkout', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    sessionStorage.clear();
  });

  it('shows the lot remaining before and after the order, with the lot chosen and the address of the service', async () => {
    stubFetch({
      'GET /api/auth/me': () => jsonResponse(200, ME),
      'GET /api/cart': () => jsonResponse(200, CART),
      'GET /api/cart/checkout': () => jsonResponse(200, PREVIEW),
    });
    renderAt('/panier');
    const expected = `Montant restant du lot : ${euros(100_000_000)} → ${euros(99_978_396)} après cette commande`;
    const budget = await screen.findByTestId('lot-budget');
    expect(budget).toHaveTextContent(expected);
    expect(budget).toHaveTextContent(`Cette commande engage ${euros(21_604)} HT sur le lot.`);
    expect(screen.getByLabelText('AC-2026-01 — lot 1 : Mobilier de bureau')).toBeChecked();
    expect(screen.getByLabelText('Adresse de livraison')).toHaveValue('12 rue des Ateliers');
    expect(screen.getByLabelText('Code postal')).toHaveValue('93100');
    // 2 × 123,45 €
    expect(screen.getByTestId('cart-total')).toHaveTextContent(euros(24_690));
  });

  it('retries with the same Idempotency-Key after a network error, then opens the order', async () => {
    const keys: string[] = [];
    const bodies: unknown[] = [];
    let attempts = 0;
    const mock = stubFetch({
      'GET /api/auth/me': () => jsonResponse(200, ME),
      'GET /api/cart': () => jsonResponse(200, CART),
      'GET /api/cart/checkout': () => jsonResponse(200, PREVIEW),
      'POST /api/cart/checkout': (init) => {
        keys.push(new Headers(init?.headers).get('Idempotency-Key') ?? '');
        bodies.push(JSON.parse(init?.body as string));
        attempts += 1;
        if (attempts === 1) throw new TypeError('Failed to fetch');
        return jsonResponse(201, { orders: [ORDER], replayed: false });
      },
      'GET /api/orders/o1': () => jsonResponse(200, ORDER),
    });
    const user = userEvent.setup();
    const router = renderAt('/panier');
    await user.click(await screen.findByRole('button', { name: 'Valider la commande' }));
    expect(await screen.findByText(/Vous pouvez réessayer sans risque/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Valider la commande' }));
    await waitFor(() => {
      expect(router.state.location.pathname).toBe('/commandes/o1');
    });
    expect(keys).toHaveLength(2);
    expect(keys[0]).not.toBe('');
    expect(keys[1]).toBe(keys[0]);
    // The order confirms the lines the requester saw; the retry sends the same.
    const sent = (bodies[0] as { orders: { lines: unknown }[] }).orders[0]?.lines;
    expect(sent).toEqual(PREVIEW.groups[0]?.lines.map((l) => ({ listingId: l.listingId, quantity: l.quantity })));
    expect(sent).not.toEqual([]);
    expect(bodies[1]).toEqual(bodies[0]);
    expect(await screen.findByRole('heading', { level: 1, name: /BC-2026-000001/ })).toBeInTheDocument();
    // Placed: the next checkout is a new attempt.
    expect(sessionStorage.getItem('boucle.checkout.idempotency')).toBeNull();
    expect(mock).toHaveBeenCalled();
  });

  it('shows each field error of the problem next to its field', async () => {
    stubFetch({
      'GET /api/auth/me': () => jsonResponse(200, ME),
      'GET /api/cart': () => jsonResponse(200, CART),
      'GET /api/cart/checkout': () => jsonResponse(200, PREVIEW),
      'POST /api/cart/checkout': () =>
        jsonResponse(400, {
          title: 'Bad Request',
          status: 400,
          detail: 'Some fields are invalid',
          errors: [
            { field: 'orders[0].deliveryAddress.postcode', message: 'must be a 5-digit postcode' },
            { field: 'orders[0].deliveryDate', message: 'must be a future date' },
          ],
        }),
    });
    const user = userEvent.setup();
    renderAt('/panier');
    const postcode = await screen.findByLabelText('Code postal');
    await user.clear(postcode);
    await user.type(postcode, '931');
    await user.click(screen.getByRole('button', { name: 'Valider la commande' }));
    expect(await screen.findByText('must be a 5-digit postcode')).toHaveAttribute('id', 'checkout-0-postcode-error');
    expect(screen.getByLabelText('Code postal')).toHaveAttribute('aria-describedby', 'checkout-0-postcode-error');
    expect(screen.getByText('must be a future date')).toHaveAttribute('id', 'checkout-0-date-error');
    // Refused outright, nothing was placed: the key of that attempt is not kept.
    expect(sessionStorage.getItem('boucle.checkout.idempotency')).toBeNull();
  });

  it('sums up the checkout errors at the top and moves the focus there', async () => {
    stubFetch({
      'GET /api/auth/me': () => jsonResponse(200, ME),
      'GET /api/cart': () => jsonResponse(200, CART),
      'GET /api/cart/checkout': () => jsonResponse(200, PREVIEW),
    });
    const user = userEvent.setup();
    renderAt('/panier');
    await user.clear(await screen.findByLabelText('Date de livraison souhaitée'));
    await user.click(screen.getByRole('button', { name: 'Valider la commande' }));
    const summary = await screen.findByTestId('checkout-errors');
    expect(summary).toHaveFocus();
    expect(summary).toHaveTextContent('Le formulaire contient une erreur');
    const link = screen.getByRole('link', { name: /^Date de livraison souhaitée \(Atelier du Réemploi\)/ });
    expect(link).toHaveAttribute('href', '#checkout-0-date');
  });

  it('explains a lost race and refreshes the preview', async () => {
    let previews = 0;
    stubFetch({
      'GET /api/auth/me': () => jsonResponse(200, ME),
      'GET /api/cart': () => jsonResponse(200, CART),
      'GET /api/cart/checkout': () => {
        previews += 1;
        return jsonResponse(200, PREVIEW);
      },
      'POST /api/cart/checkout': () =>
        jsonResponse(409, {
          title: 'Out of stock',
          status: 409,
          detail: 'Not enough stock for 1 line',
          errors: [{ field: 'cart[l1].quantity', message: 'only 1 available' }],
        }),
    });
    const user = userEvent.setup();
    renderAt('/panier');
    await user.click(await screen.findByRole('button', { name: 'Valider la commande' }));
    expect(await screen.findByText(/la commande n’est pas passée/)).toHaveTextContent('Not enough stock for 1 line');
    await waitFor(() => {
      expect(previews).toBe(2);
    });
    expect(await screen.findByText('only 1 available')).toBeInTheDocument();
  });

  it('says in French why a lot cannot take a line, from the obstacle code, whatever the server wrote', async () => {
    const outOfScope = {
      code: 'CATEGORY_OUT_OF_SCOPE',
      problemCode: 'lot-category-out-of-scope',
      params: { category: 'chaise', lot: '3' },
      message: 'Category chaise is outside the scope of lot 3.',
      listingId: 'l1',
    };
    stubFetch({
      'GET /api/auth/me': () => jsonResponse(200, ME),
      'GET /api/cart': () => jsonResponse(200, { ...CART, groups: [{ supplier: SUPPLIER, lines: [{ ...LINE, obstacles: [outOfScope] }] }] }),
      'GET /api/cart/checkout': () =>
        jsonResponse(200, {
          ...PREVIEW,
          groups: [{ ...PREVIEW.groups[0], options: [{ ...PREVIEW.groups[0]?.options[0], applicable: false, obstacles: [outOfScope] }] }],
        }),
    });
    renderAt('/panier');
    expect((await screen.findAllByText('La catégorie chaise est hors du périmètre du lot 3.')).length).toBeGreaterThan(0);
    expect(screen.queryByText(/outside the scope/)).toBeNull();
  });
});
