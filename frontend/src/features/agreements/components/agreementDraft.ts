import type { FieldErrors } from '../../../components/form';
import type { CategoryNode } from '../../../lib/categories';
import { centsToInput, parseEuros } from '../../../lib/money';
import { basisPointsToPercent, percentToBasisPoints } from './commission';
import type { AgreementView, Party, PriceTerms, Reservation, SaveAgreement, SaveLot } from '../api/agreements';

/** A lot as the form holds it: text as typed, suppliers with their names. */
export interface LotDraft {
  key: number;
  number: string;
  title: string;
  categoryIds: string[];
  reservation: Reservation;
  suppliers: Party[];
  minimum: string;
  maximum: string;
  priceTerms: PriceTerms;
  discount: string;
  unitPrices: { categoryId: string; price: string }[];
  insertionHoursTarget: string;
  environmentalClause: string;
  /** The platform's commission as a percentage typed ("2,5"); sent in basis points. */
  commission: string;
}

export interface AgreementDraft {
  reference: string;
  title: string;
  procedure: string;
  launchedOn: string;
  startDate: string;
  initialEndDate: string;
  renewalCount: string;
  renewalMonths: string;
  lots: LotDraft[];
}

let nextKey = 1;

export function emptyLot(number: number): LotDraft {
  return {
    key: nextKey++,
    number: String(number),
    title: '',
    categoryIds: [],
    reservation: 'NONE',
    suppliers: [],
    minimum: '0',
    maximum: '',
    priceTerms: 'CATALOGUE_DISCOUNT',
    discount: '0',
    unitPrices: [],
    insertionHoursTarget: '',
    environmentalClause: '',
    commission: '0',
  };
}

export function draftOf(view: AgreementView): AgreementDraft {
  return {
    reference: view.reference,
    title: view.title,
    procedure: view.procedure,
    launchedOn: view.launchedOn,
    startDate: view.startDate,
    initialEndDate: view.initialEndDate,
    renewalCount: String(view.renewalCount),
    renewalMonths: String(view.renewalMonths),
    lots: view.lots.map((lot) => ({
      key: nextKey++,
      number: String(lot.number),
      title: lot.title,
      categoryIds: lot.categoryIds,
      reservation: lot.reservation,
      suppliers: lot.suppliers,
      minimum: centsToInput(lot.minimumExclVatCents),
      maximum: centsToInput(lot.maximumExclVatCents),
      priceTerms: lot.priceTerms,
      discount: centsToInput(lot.discountBasisPoints ?? 0),
      unitPrices: lot.unitPrices.map((p) => ({ categoryId: p.categoryId, price: centsToInput(p.unitPriceExclVatCents) })),
      insertionHoursTarget: lot.insertionHoursTarget === undefined || lot.insertionHoursTarget === null ? '' : String(lot.insertionHoursTarget),
      environmentalClause: lot.environmentalClause ?? '',
      commission: basisPointsToPercent(lot.platformCommissionBp ?? 0),
    })),
  };
}

function integer(text: string): number | null {
  return /^\d+$/.test(text.trim()) ? Number.parseInt(text.trim(), 10) : null;
}

/** Turns the form into the API's request; unparsable numbers become local field errors. */
export function toRequest(
  draft: AgreementDraft,
  invalidAmount: string,
  invalidPercent: string = invalidAmount,
): { body: SaveAgreement; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const amount = (text: string, field: string, required: boolean): number | null => {
    if (text.trim() === '') {
      if (required) errors[field] = invalidAmount;
      return null;
    }
    const cents = parseEuros(text);
    if (cents === null) errors[field] = invalidAmount;
    return cents;
  };
  const commission = (text: string, field: string): number => {
    const bp = percentToBasisPoints(text);
    if (bp === null) errors[field] = invalidPercent;
    return bp ?? 0;
  };
  const lots: SaveLot[] = draft.lots.map((lot, index) => {
    const at = `lots[${String(index)}].`;
    return {
      number: integer(lot.number),
      title: lot.title,
      categoryIds: lot.categoryIds,
      reservation: lot.reservation,
      supplierIds: lot.suppliers.map((s) => s.id),
      minimumExclVatCents: amount(lot.minimum, `${at}minimumExclVatCents`, true),
      maximumExclVatCents: amount(lot.maximum, `${at}maximumExclVatCents`, true),
      priceTerms: lot.priceTerms,
      // A percentage with two decimals is a number of basis points, parsed like cents.
      discountBasisPoints: lot.priceTerms === 'CATALOGUE_DISCOUNT' ? amount(lot.discount, `${at}discountBasisPoints`, true) : null,
      unitPrices:
        lot.priceTerms === 'UNIT_PRICE_SCHEDULE'
          ? lot.unitPrices.map((p, k) => ({
              categoryId: p.categoryId,
              unitPriceExclVatCents: amount(p.price, `${at}unitPrices[${String(k)}].unitPriceExclVatCents`, true) ?? 0,
            }))
          : null,
      insertionHoursTarget: lot.insertionHoursTarget.trim() === '' ? null : integer(lot.insertionHoursTarget),
      environmentalClause: lot.environmentalClause.trim() === '' ? null : lot.environmentalClause.trim(),
      platformCommissionBp: commission(lot.commission, `${at}platformCommissionBp`),
    };
  });
  const body: SaveAgreement = {
    reference: draft.reference,
    title: draft.title,
    procedure: draft.procedure === '' ? null : (draft.procedure as SaveAgreement['procedure']),
    launchedOn: draft.launchedOn === '' ? null : draft.launchedOn,
    startDate: draft.startDate === '' ? null : draft.startDate,
    initialEndDate: draft.initialEndDate === '' ? null : draft.initialEndDate,
    renewalCount: draft.renewalCount.trim() === '' ? 0 : integer(draft.renewalCount),
    renewalMonths: draft.renewalMonths.trim() === '' ? null : integer(draft.renewalMonths),
    lots,
  };
  return { body, errors };
}

export function flatten(nodes: readonly CategoryNode[], depth = 0): { value: string; label: string; depth: number }[] {
  return nodes.flatMap((node) => [{ value: node.id, label: node.label, depth }, ...flatten(node.children, depth + 1)]);
}
