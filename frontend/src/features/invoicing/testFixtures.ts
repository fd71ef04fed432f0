import type { Invoice, InvoiceSummary } from './api/invoicing';

/** Test data of the invoicing feature, as the API answers it. */
export const SUPPLIER_ME = {
  personId: 'p1',
  email: 'lea@recyclerie.test',
  fullName: 'Léa Moreau',
  roles: ['SUPPLIER_ADMIN'],
  serviceIds: [],
  organisationId: 's1',
  organisationName: 'Recyclerie du Val',
  organisationKind: 'SUPPLIER',
  organisationStatus: 'ACTIVE',
};

export const BUYER_ME = {
  personId: 'p2',
  email: 'marc@ville.test',
  fullName: 'Marc Lefèvre',
  roles: ['REQUESTER'],
  serviceIds: ['svc1'],
  organisationId: 'b1',
  organisationName: 'Ville de Montreuil',
  organisationKind: 'BUYER',
  organisationStatus: 'ACTIVE',
};

export function anInvoiceSummary(overrides: Partial<InvoiceSummary> = {}): InvoiceSummary {
  return {
    id: 'i1',
    kind: 'INVOICE',
    number: 'F-2026-00012',
    status: 'ISSUED',
    issueDate: '2026-11-20',
    dueDate: '2026-12-16',
    daysLeft: 12,
    overdue: false,
    supplier: { id: 's1', name: 'Recyclerie du Val' },
    buyer: { id: 'b1', name: 'Ville de Montreuil' },
    serviceName: 'Direction des écoles',
    orderId: 'o1',
    orderNumber: 'BC-2026-00042',
    agreementReference: 'AC-2026-01',
    lotLabel: 'Lot 1 : mobilier',
    totalExclVatCents: 100000,
    totalVatCents: 20000,
    totalInclVatCents: 120000,
    paidCents: 0,
    dueCents: 120000,
    canRecordPayment: true,
    canCreditNote: true,
    ...overrides,
  };
}

export function anInvoice(overrides: Partial<Invoice> = {}): Invoice {
  return {
    ...anInvoiceSummary(),
    lines: [
      {
        number: 1,
        description: 'Chaise de bureau reconditionnée',
        sku: 'CH-001',
        quantity: 10,
        unitPriceExclVatCents: 10000,
        vatRateBp: 2000,
        lineExclVatCents: 100000,
      },
    ],
    payments: [],
    creditNotes: [],
    ...overrides,
  };
}

/** An overdue invoice: 5 days late, with its interest and the €40 indemnity. */
export function anOverdueInvoice(overrides: Partial<Invoice> = {}): Invoice {
  return anInvoice({
    id: 'i2',
    number: 'F-2026-00007',
    dueDate: '2026-11-29',
    daysLeft: -5,
    overdue: true,
    lateInterestCents: 197,
    indemnityCents: 4000,
    ecbRatePercent: '2.15',
    ...overrides,
  });
}
