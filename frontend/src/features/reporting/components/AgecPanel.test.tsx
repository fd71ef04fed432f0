import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { routes } from '../../../app/routes';
import { calls, jsonResponse, stubFetch } from '../../../test/fetchStub';
import type { AgecReport, PurchaseElsewhere } from '../api/agec';

const YEAR = new Date().getFullYear();
const FURNITURE = "Mobilier et aménagement d'intérieur";
const TEXTILES = "Produits textiles à l'exception des équipements de protection individuels";
const DECREE = { title: 'Décret n° 2024-134', url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000049184670', checked: 'issue 16' };

export const ADMIN_ME = {
  personId: 'p1',
  email: 'claire@ville.test',
  fullName: 'Claire Martin',
  roles: ['BUYER_ADMIN'],
  serviceIds: [],
  organisationId: 'b1',
  organisationName: 'Ville de Montreuil',
  organisationKind: 'BUYER',
  organisationStatus: 'ACTIVE',
};

const REPORT: AgecReport = {
  year: YEAR,
  countingRule: 'Orders DELIVERED, INVOICED or PAID…',
  unmappedExclVatCents: 0,
  sources: [DECREE],
  categories: [
    {
      category: TEXTILES,
      totalExclVatCents: 500_000,
      reuseCents: 60_000,
      donationCents: 15_000,
      recycledCents: 120_000,
      reuseShareBp: 1500,
      recycledShareBp: 2400,
      reuseTargetPercent: 8,
      recycledTargetPercent: 20,
      meetsTarget: true,
      source: DECREE,
      targetOrigin: 'DECREE',
    },
    { category: FURNITURE, totalExclVatCents: 123_456, reuseCents: 100_000, donationCents: 0, recycledCents: 0, reuseShareBp: 8100, note: 'Set by the buyer administrator in place of the décret\'s value.', source: { title: 'Buyer administrator', url: '', checked: 'Set by claire@ville.test for 2025' }, targetOrigin: 'BUYER', reuseTargetPercent: 10, meetsTarget: true },
  ],
};

const PURCHASE: PurchaseElsewhere = {
  id: 'pe1',
  purchasedOn: `${String(YEAR)}-02-10`,
  category: TEXTILES,
  description: 'Uniformes',
  supplierName: 'Atelier',
  totalExclVatCents: 500_000,
  reuseCents: 60_000,
  donationCents: 15_000,
  recycledCents: 120_000,
  enteredBy: 'claire@ville.test',
  enteredAt: '2026-02-11T10:00:00Z',
};

function renderAt(path: string) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(<RouterProvider router={router} />);
  return router;
}

function stubAgec(extra: Record<string, (init: RequestInit | undefined, url: string) => Response> = {}) {
  return stubFetch({
    'GET /api/auth/me': () => jsonResponse(200, ADMIN_ME),
    'GET /api/reports/agec': () => jsonResponse(200, REPORT),
    'GET /api/reports/agec/purchases': () => jsonResponse(200, { items: [PURCHASE], page: 0, size: 10, total: 1 }),
    ...extra,
  });
}

describe('AGEC tab', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('shows the year’s amounts against the targets with their sources, and where to publish the declaration', async () => {
    const mock = stubAgec();
    renderAt(`/tableau-de-bord?rubrique=agec&annee=${String(YEAR)}`);
    const table = await screen.findByTestId('agec-table');
    const textiles = within(table).getByRole('row', { name: new RegExp(TEXTILES) });
    expect(textiles).toHaveTextContent('5 000,00');
    expect(textiles).toHaveTextContent('150,00');
    expect(textiles).toHaveTextContent('Objectif réemploi 8 %');
    expect(within(textiles).getByRole('link', { name: 'Décret n° 2024-134' })).toHaveAttribute('href', DECREE.url);
    expect(within(table).getByRole('row', { name: new RegExp(FURNITURE) })).toHaveTextContent('fixé par l’acheteur');
    // The API's English words for the buyer's own targets never show in French.
    expect(within(table).getByRole('row', { name: new RegExp(FURNITURE) })).not.toHaveTextContent(/Buyer administrator|Set by/);
    expect(screen.getByRole('table', { name: `Parts par catégorie et objectifs (${String(YEAR)})` })).toBeInTheDocument();
    expect(screen.getByTestId('declaration-where')).toHaveTextContent(`data.gouv.fr avant le 30 juin ${String(YEAR + 1)}`);
    expect(screen.getByTestId('declaration-csv')).toHaveAttribute('href', `/api/reports/agec-declaration.csv?year=${String(YEAR)}`);
    expect(screen.getByRole('link', { name: 'Tableau AGEC (XLSX)' })).toHaveAttribute('href', `/api/reports/agec.xlsx?year=${String(YEAR)}`);
    expect(screen.getByTestId('donation-note')).toHaveTextContent('arrêté du 29 février 2024 n’est pas intégrée');
    expect(within(await screen.findByTestId('purchases-table')).getByText('Uniformes')).toBeInTheDocument();
    expect(calls(mock)).toContain(`GET /api/reports/agec?year=${String(YEAR)}`);
  });

  it('lists every bad row and field of a refused import', async () => {
    stubAgec({
      'POST /api/reports/agec/purchases/import': () =>
        jsonResponse(400, {
          title: '2 fields are invalid.',
          status: 400,
          errors: [
            { field: 'rows[3].reuseCents', message: 'Reuse + donation + recycled may not exceed the total excl. VAT.' },
            { field: 'rows[4].purchasedOn', message: 'Not a date (yyyy-mm-dd).' },
          ],
        }),
    });
    renderAt(`/tableau-de-bord?rubrique=agec&annee=${String(YEAR)}`);
    const form = await screen.findByTestId('import-purchases');
    await userEvent.upload(within(form).getByLabelText(/Fichier CSV ou XLSX/), new File(['x'], 'achats.csv', { type: 'text/csv' }));
    await userEvent.click(within(form).getByRole('button', { name: 'Importer' }));
    const errors = await within(form).findByTestId('problem-errors');
    expect(errors).toHaveTextContent('Rien n’a été enregistré');
    expect(within(errors).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'rows[3].reuseCents : Reuse + donation + recycled may not exceed the total excl. VAT.',
      'rows[4].purchasedOn : Not a date (yyyy-mm-dd).',
    ]);
  });

  it('adds a purchase in cents from euros typed the French way', async () => {
    let sent: unknown = null;
    stubAgec({
      'POST /api/reports/agec/purchases': (init) => {
        sent = JSON.parse(init?.body as string);
        return jsonResponse(201, PURCHASE);
      },
    });
    renderAt(`/tableau-de-bord?rubrique=agec&annee=${String(YEAR)}`);
    const form = await screen.findByTestId('add-purchase');
    await userEvent.selectOptions(within(form).getByLabelText('Catégorie'), TEXTILES);
    await userEvent.type(within(form).getByLabelText('Description'), 'Uniformes');
    await userEvent.type(within(form).getByLabelText('Fournisseur'), 'Atelier');
    await userEvent.type(within(form).getByLabelText('Montant total HT (€)'), '5 000,00');
    await userEvent.clear(within(form).getByLabelText(/dont dons/));
    await userEvent.type(within(form).getByLabelText(/dont dons/), '150,5');
    await userEvent.click(within(form).getByRole('button', { name: 'Ajouter' }));
    await waitFor(() => {
      expect(sent).toMatchObject({ category: TEXTILES, totalExclVatCents: 500_000, donationCents: 15_050, reuseCents: 0, recycledCents: 0 });
    });
    expect(await within(form).findByText('Achat ajouté.')).toBeInTheDocument();
  });

  it('tells a requester the figures are the administrator’s', async () => {
    stubFetch({
      'GET /api/auth/me': () => jsonResponse(200, { ...ADMIN_ME, roles: ['REQUESTER'] }),
      'GET /api/reports/agec': () => jsonResponse(403, { title: 'Forbidden', status: 403 }),
    });
    renderAt('/tableau-de-bord?rubrique=agec');
    expect(await screen.findByText('Ces chiffres sont réservés à l’administrateur de votre organisation.')).toBeInTheDocument();
  });
});
