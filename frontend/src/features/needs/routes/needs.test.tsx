import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { routes } from '../../../app/routes';
import { en } from '../../../lib/locales/en';
import { fr } from '../../../lib/locales/fr';
import { calls, jsonResponse, stubFetch } from '../../../test/fetchStub';
import type { Answer, NeedDetail, NeedSummary } from '../api/needs';

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
const SUPPLIER = { ...REQUESTER, personId: 'p1', roles: ['SUPPLIER_ADMIN'], serviceIds: [], organisationId: 's1', organisationKind: 'SUPPLIER' };

const NEED: NeedSummary = {
  id: 'n1',
  title: '30 chaises de bureau',
  buyerId: 'b1',
  buyerName: 'Ville de Vitry-sur-Seine',
  serviceId: 'svc1',
  serviceName: 'Médiathèque',
  department: '94',
  categories: [{ id: 'siege-bureau', label: 'Siège de bureau' }],
  quantity: 30,
  kind: 'CALL_OFF',
  visibility: 'DEPARTMENT',
  status: 'OPEN',
  openForAnswers: true,
  closingDate: '2026-12-18',
  targetDate: null,
  budgetMinCents: null,
  budgetMaxCents: 300000,
  answerCount: 1,
  myAnswer: null,
  createdAt: '2026-12-04T10:00:00Z',
};

const DETAIL: NeedDetail = { summary: NEED, description: 'Pour la médiathèque.', lotLabel: 'AC-1 — lot 1 · Mobilier', editable: false, answerable: false };

const ANSWER: Answer = {
  id: 'a1',
  needId: 'n1',
  supplier: { id: 's1', name: 'Mobilier Solidaire 94', insertionStatus: 'SIAE_ACI' },
  partners: [],
  kind: 'PROPOSAL',
  message: 'En stock.',
  status: 'SUBMITTED',
  lines: [{ listingId: 'l1', title: 'Chaise ergonomique', categoryId: 'siege-bureau', quantity: 30, unitPriceExclVatCents: 7200, lineExclVatCents: 216000 }],
  totalExclVatCents: 216000,
  distanceKm: 9.4,
  messageCount: 0,
  createdAt: '2026-12-04T11:00:00Z',
};

function renderAt(path: string) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(<RouterProvider router={router} />);
  return router;
}

/** Every key path of a messages tree. */
function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keys(value as object, `${prefix}${key}.`),
  );
}

describe('needs board', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('has the same message keys in French and English', () => {
    expect(keys(en.needs).sort()).toEqual(keys(fr.needs).sort());
  });

  it('lists a buyer’s needs with their state and offers to publish one', async () => {
    stubFetch({
      'GET /api/auth/me': () => jsonResponse(200, REQUESTER),
      'GET /api/needs': () => jsonResponse(200, { items: [NEED], page: 0, size: 20, total: 1 }),
      'GET /api/categories': () => jsonResponse(200, []),
    });
    renderAt('/besoins');
    const list = await screen.findByTestId('needs-list');
    expect(within(list).getByRole('link', { name: '30 chaises de bureau' })).toHaveAttribute('href', '/besoins/n1');
    expect(within(list).getByText('Ouvert')).toBeInTheDocument();
    expect(within(list).getByText('Budget : 3 000,00 €')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Publier un besoin' })).toHaveAttribute('href', '/besoins/nouveau');
    await waitFor(() => {
      expect(document.title).toBe('Besoins des acheteurs — Boucle');
    });
  });

  it('shows the publish form’s errors from the API at the top, each linked to its field', async () => {
    stubFetch({
      'GET /api/auth/me': () => jsonResponse(200, REQUESTER),
      'GET /api/categories': () => jsonResponse(200, [{ id: 'siege-bureau', label: 'Siège de bureau', children: [] }]),
      'GET /api/organisation/services': () => jsonResponse(200, [{ id: 'svc1', name: 'Médiathèque', department: '94' }]),
      'POST /api/needs': () =>
        jsonResponse(400, {
          title: 'Bad Request',
          status: 400,
          errors: [
            { field: 'closingDate', message: 'must not be in the past' },
            { field: 'quantity', message: 'must be at least 1' },
          ],
        }),
    });
    renderAt('/besoins/nouveau');
    await userEvent.type(await screen.findByLabelText('Intitulé'), '30 chaises de bureau');
    await userEvent.click(screen.getByRole('button', { name: 'Publier' }));
    const summary = await screen.findByRole('heading', { name: /2 erreurs/ });
    const box = summary.closest('div');
    expect(box).toHaveFocus();
    expect(within(box as HTMLElement).getByRole('link', { name: /Date de clôture des réponses/ })).toHaveAttribute('href', '#need-closing');
  });

  it('lets the buyer compare the proposals and put one in the cart', async () => {
    const mock = stubFetch({
      'GET /api/auth/me': () => jsonResponse(200, REQUESTER),
      'GET /api/needs/n1': () => jsonResponse(200, DETAIL),
      'GET /api/needs/n1/answers': () => jsonResponse(200, [ANSWER]),
      'GET /api/needs/n1/matches': () => jsonResponse(200, []),
      'GET /api/needs/n1/answers/a1/messages': () => jsonResponse(200, []),
      'POST /api/needs/n1/answers/a1/accept': () => jsonResponse(200, { answerId: 'a1', linesAdded: 1, cartLineCount: 1 }),
    });
    renderAt('/besoins/n1');
    const table = await screen.findByRole('table', { name: 'Comparer les réponses' });
    expect(within(table).getByRole('rowheader', { name: 'Mobilier Solidaire 94' })).toBeInTheDocument();
    expect(within(table).getByText('2 160,00 €')).toBeInTheDocument();
    expect(within(table).getByText("SIAE – Atelier et chantier d'insertion (ACI)")).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Mettre au panier' }));
    expect(await screen.findByText(/1 ligne\(s\) ajoutée\(s\) à votre panier/)).toBeInTheDocument();
    expect(calls(mock)).toContain('POST /api/needs/n1/answers/a1/accept');
  });

  it('lets a supplier answer with a listing of its stock', async () => {
    const mock = stubFetch({
      'GET /api/auth/me': () => jsonResponse(200, SUPPLIER),
      'GET /api/needs/n1': () => jsonResponse(200, { ...DETAIL, answerable: true }),
      'GET /api/needs/n1/answers': () => jsonResponse(200, []),
      'GET /api/stock/listings': () =>
        jsonResponse(200, { items: [{ id: 'l1', title: 'Chaise ergonomique', sku: 'CH-1', availableQuantity: 40, priceExclVat: '80.00' }], page: 0, size: 100, total: 1 }),
      'POST /api/needs/n1/answers': () => jsonResponse(201, ANSWER),
    });
    renderAt('/besoins/n1');
    await screen.findByRole('option', { name: /Chaise ergonomique/ });
    await userEvent.selectOptions(screen.getByLabelText('Article 1'), 'l1');
    await userEvent.clear(screen.getByLabelText('Quantité 1'));
    await userEvent.type(screen.getByLabelText('Quantité 1'), '30');
    await userEvent.click(screen.getByRole('button', { name: 'Envoyer la réponse' }));
    expect(await screen.findByText('Réponse envoyée.')).toBeInTheDocument();
    const post = mock.mock.calls.find(([input, init]) => (input instanceof Request ? input.url : (input as string)) === '/api/needs/n1/answers' && init?.method === 'POST');
    const body = post?.[1]?.body;
    expect(JSON.parse(typeof body === 'string' ? body : '{}')).toMatchObject({ lines: [{ listingId: 'l1', quantity: 30 }] });
  });
  it('keeps the confirmation of an answer once the need, answered, no longer offers the form', async () => {
    let answered = false;
    stubFetch({
      'GET /api/auth/me': () => jsonResponse(200, SUPPLIER),
      'GET /api/needs/n1': () => jsonResponse(200, answered ? { ...DETAIL, answerable: false, myAnswerId: 'a1' } : { ...DETAIL, answerable: true }),
      'GET /api/needs/n1/answers': () => jsonResponse(200, answered ? [ANSWER] : []),
      'GET /api/needs/n1/answers/a1/messages': () => jsonResponse(200, []),
      'GET /api/stock/listings': () =>
        jsonResponse(200, { items: [{ id: 'l1', title: 'Chaise ergonomique', sku: 'CH-1', availableQuantity: 40, priceExclVat: '80.00' }], page: 0, size: 100, total: 1 }),
      'POST /api/needs/n1/answers': () => {
        answered = true;
        return jsonResponse(201, ANSWER);
      },
    });
    renderAt('/besoins/n1');
    await screen.findByRole('option', { name: /Chaise ergonomique/ });
    await userEvent.selectOptions(screen.getByLabelText('Article 1'), 'l1');
    await userEvent.click(screen.getByRole('button', { name: 'Envoyer la réponse' }));
    expect(await screen.findByRole('heading', { name: 'Votre réponse' })).toBeInTheDocument();
    expect(screen.getByText('Réponse envoyée.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Envoyer la réponse' })).not.toBeInTheDocument();
  });
});
