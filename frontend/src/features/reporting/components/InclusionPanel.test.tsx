import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { routes } from '../../../app/routes';
import { calls, jsonResponse, stubFetch } from '../../../test/fetchStub';
import type { InclusiveReport, InsertionHoursReport } from '../api/inclusion';

const ADMIN_ME = {
  personId: 'p1',
  email: 'louis@ville.test',
  fullName: 'Louis Martin',
  roles: ['BUYER_ADMIN'],
  serviceIds: [],
  organisationId: 'b1',
  organisationName: 'Ville de Montreuil',
  organisationKind: 'BUYER',
  organisationStatus: 'ACTIVE',
};

const INCLUSIVE: InclusiveReport = {
  from: '2026-11-01',
  to: '2026-12-04',
  totalCents: 1_000_000,
  siaeCents: 400_000,
  eaEsatCents: 123_400,
  reservedLotsCents: 250_000,
  otherCents: 476_600,
  inclusiveShareBp: 5234,
  months: [
    { month: '2026-11', totalCents: 600_000, siaeCents: 300_000, eaEsatCents: 23_400, reservedLotsCents: 250_000 },
    { month: '2026-12', totalCents: 400_000, siaeCents: 100_000, eaEsatCents: 100_000, reservedLotsCents: 0 },
  ],
};

const HOURS: InsertionHoursReport = {
  lots: [
    {
      lotId: 'l1',
      agreementId: 'a1',
      agreementReference: 'AC-2025-01',
      lotNumber: 1,
      lotTitle: 'Mobilier de réemploi',
      targetHours: 400,
      declaredHours: 42,
      acceptedHours: 30,
      periods: [
        { periodIndex: 0, startsOn: '2025-01-01', endsOn: '2025-12-31', plannedHours: 100, declaredHours: 42, acceptedHours: 30 },
        { periodIndex: 1, startsOn: '2026-01-01', endsOn: '2026-12-31', plannedHours: 100, declaredHours: 0, acceptedHours: 0 },
      ],
      declarations: [
        {
          id: 'd1',
          supplierName: 'Atelier Insertion',
          supplierSiret: '12345678900011',
          periodIndex: 0,
          hours: 30,
          status: 'ACCEPTED',
          evidenceFileName: 'mars.pdf',
          declaredAt: '2025-04-08T08:30:00Z',
          decidedAt: '2025-04-14T08:30:00Z',
          rejectionReason: null,
        },
        {
          id: 'd2',
          supplierName: 'Atelier Insertion',
          supplierSiret: '12345678900011',
          periodIndex: 0,
          hours: 12,
          status: 'DECLARED',
          evidenceFileName: 'avril.pdf',
          declaredAt: '2025-07-08T08:30:00Z',
          decidedAt: null,
          rejectionReason: null,
        },
      ],
    },
  ],
};

function renderAt(path: string) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(<RouterProvider router={router} />);
  return router;
}

describe('inclusive purchasing and insertion tab', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('shows the inclusive share, the monthly split, the planned-versus-realised hours and the exports', async () => {
    stubFetch({
      'GET /api/auth/me': () => jsonResponse(200, ADMIN_ME),
      'GET /api/reports/inclusive': () => jsonResponse(200, INCLUSIVE),
      'GET /api/reports/insertion-hours': () => jsonResponse(200, HOURS),
    });
    renderAt('/tableau-de-bord?rubrique=inclusion&du=2026-11-01');
    expect(await screen.findByRole('heading', { level: 2, name: 'Achats inclusifs et heures d’insertion' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Achats inclusifs et insertion' })).toHaveAttribute('aria-selected', 'true');
    expect(await screen.findByText('52,3 %', {}, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByText('10 000,00 €')).toBeInTheDocument();
    expect(screen.getByLabelText('Du')).toHaveValue('2026-11-01');
    // The monthly chart's figures: SIAE, EA/ESAT and the others per month.
    const monthly = screen.getByRole('table', { name: 'Achats par statut du fournisseur et par mois' });
    const november = within(monthly).getByRole('row', { name: /2026-11/ });
    expect(november).toHaveTextContent('3 000,00 €');
    expect(november).toHaveTextContent('234,00 €');
    expect(november).toHaveTextContent('2 766,00 €');
    expect(screen.getByRole('link', { name: 'Achats inclusifs (CSV)' })).toHaveAttribute('href', '/api/reports/inclusive.csv?from=2026-11-01');
    expect(screen.getByRole('link', { name: 'Heures d’insertion (XLSX)' })).toHaveAttribute('href', '/api/reports/insertion-hours.xlsx');
    // The lot's planned, declared and accepted hours per period.
    const planned = await screen.findByRole('table', { name: 'Heures prévues et réalisées par période — lot 1' });
    expect(within(planned).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['Catégorie', 'Prévues', 'Déclarées', 'Acceptées']);
    expect(within(planned).getAllByRole('row')[1]).toHaveTextContent('100 h42 h30 h');
    const declarations = screen.getByTestId('declarations-1');
    expect(within(declarations).getByRole('link', { name: 'Télécharger mars.pdf' })).toHaveAttribute('href', '/api/insertion-hours/d1/evidence');
    expect(within(screen.getByTestId('declaration-d1')).getByText('Acceptée')).toBeInTheDocument();
  });

  it('lets the buyer admin accept a declaration, or reject it only with a reason', async () => {
    const mock = stubFetch({
      'GET /api/auth/me': () => jsonResponse(200, ADMIN_ME),
      'GET /api/reports/inclusive': () => jsonResponse(200, INCLUSIVE),
      'GET /api/reports/insertion-hours': () => jsonResponse(200, HOURS),
      'POST /api/insertion-hours/d2/accept': () => new Response(null, { status: 204 }),
      'POST /api/insertion-hours/d2/reject': (init) =>
        (init?.body as string).includes('"reason":""')
          ? jsonResponse(400, { title: 'Bad Request', status: 400, errors: [{ field: 'reason', message: 'Say why the hours are rejected.' }] })
          : new Response(null, { status: 204 }),
    });
    renderAt('/tableau-de-bord?rubrique=inclusion');
    const pending = await screen.findByTestId('declaration-d2', {}, { timeout: 5000 });
    expect(within(screen.getByTestId('declaration-d1')).queryByRole('button')).toBeNull();
    await userEvent.click(within(pending).getByRole('button', { name: 'Refuser' }));
    await userEvent.click(within(pending).getByRole('button', { name: 'Confirmer le refus' }));
    expect(await within(pending).findByText('Say why the hours are rejected.')).toBeInTheDocument();
    await userEvent.type(within(pending).getByLabelText('Motif du refus'), 'Non signées');
    await userEvent.click(within(pending).getByRole('button', { name: 'Confirmer le refus' }));
    await waitFor(() => {
      expect(calls(mock).filter((c) => c === 'POST /api/insertion-hours/d2/reject')).toHaveLength(2);
    });
    const body = mock.mock.calls.filter(([url]) => (url as string).endsWith('/reject')).map(([, init]) => init?.body as string);
    expect(body[1]).toBe('{"reason":"Non signées"}');
    await waitFor(() => {
      expect(calls(mock).filter((c) => c === 'GET /api/reports/insertion-hours').length).toBeGreaterThan(1);
    });
  });
});
