import type { FieldErrors } from '../../../components/form';
import { centsToDecimal, centsToInput, decimalToCents, parseEuros } from '../../../lib/money';
import type { ListingDraftBody, ListingView } from '../api/stock';

/** The listing form's content, as typed: every field is text (or a flag) until it is sent. */
export interface FormDraft {
  sku: string;
  kind: string;
  title: string;
  description: string;
  categoryId: string;
  brand: string;
  model: string;
  serialNumber: string;
  condition: string;
  origin: string;
  warrantyMonths: string;
  energyClass: string;
  weightKg: string;
  lengthCm: string;
  widthCm: string;
  heightCm: string;
  priceExclVat: string;
  vatRate: string;
  minimumOrderQuantity: string;
  depotId: string;
  pickupAvailable: boolean;
  deliveryDepartments: string;
  deliveryFee: string;
  deliveryLeadDays: string;
  quantity: string;
  status: string;
}

export const EMPTY_DRAFT: FormDraft = {
  sku: '',
  kind: 'LOT',
  title: '',
  description: '',
  categoryId: '',
  brand: '',
  model: '',
  serialNumber: '',
  condition: '',
  origin: '',
  warrantyMonths: '0',
  energyClass: '',
  weightKg: '',
  lengthCm: '',
  widthCm: '',
  heightCm: '',
  priceExclVat: '',
  vatRate: '20',
  minimumOrderQuantity: '1',
  depotId: '',
  pickupAvailable: true,
  deliveryDepartments: '',
  deliveryFee: '',
  deliveryLeadDays: '',
  quantity: '1',
  status: 'DRAFT',
};

const text = (value: string | null | undefined): string => value ?? '';
const int = (value: number | null | undefined): string => (value === null || value === undefined ? '' : String(value));
/** "189.90" → "189,90": the form shows amounts the French way, exactly. */
const amount = (decimal: string | null | undefined): string => {
  if (decimal === null || decimal === undefined) return '';
  const cents = decimalToCents(decimal);
  return cents === null ? decimal : centsToInput(cents);
};

/** The form's content for a saved listing (quantity empty: the stock stays as it is). */
export function draftOf(view: ListingView): FormDraft {
  return {
    sku: view.sku,
    kind: view.kind,
    title: view.title,
    description: view.description,
    categoryId: view.categoryId,
    brand: text(view.brand),
    model: text(view.model),
    serialNumber: text(view.serialNumber),
    condition: view.condition,
    origin: view.origin,
    warrantyMonths: String(view.warrantyMonths),
    energyClass: text(view.energyClass),
    weightKg: (view.weightKg ?? '').replace('.', ','),
    lengthCm: int(view.lengthCm),
    widthCm: int(view.widthCm),
    heightCm: int(view.heightCm),
    priceExclVat: amount(view.priceExclVat),
    vatRate: normaliseRate(view.vatRate),
    minimumOrderQuantity: String(view.minimumOrderQuantity),
    depotId: view.depotId,
    pickupAvailable: view.pickupAvailable,
    deliveryDepartments: view.deliveryDepartments.join(', '),
    deliveryFee: amount(view.deliveryFee),
    deliveryLeadDays: int(view.deliveryLeadDays),
    quantity: '',
    status: view.status,
  };
}

/** "20.00" / "5.50" → "20" / "5.5", the values of the VAT select. */
function normaliseRate(rate: string): string {
  return rate.includes('.') ? rate.replace(/\.?0+$/, '') : rate;
}

const orNull = (value: string): string | null => (value.trim() === '' ? null : value.trim());

/**
 * Turns the form into the API's draft. Fields that cannot even be read (letters in a price) are
 * named in `errors` with `messages`; everything else is left to the server, which names every bad
 * field at once.
 */
export function bodyOf(
  draft: FormDraft,
  mode: 'create' | 'edit',
  messages: { amount: string; integer: string; weight: string },
): { body: ListingDraftBody; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const integer = (field: keyof FormDraft, value: string, signed = false): number | null => {
    const trimmed = value.trim();
    if (trimmed === '') return null;
    if (!(signed ? /^-?\d{1,9}$/ : /^\d{1,9}$/).test(trimmed)) {
      errors[field] = messages.integer;
      return null;
    }
    return Number.parseInt(trimmed, 10);
  };
  const money = (field: keyof FormDraft, value: string): string | null => {
    if (value.trim() === '') return null;
    const cents = parseEuros(value);
    if (cents === null) {
      errors[field] = messages.amount;
      return null;
    }
    return centsToDecimal(cents);
  };
  let weight: string | null = null;
  const weightText = draft.weightKg.trim().replace(',', '.');
  if (weightText !== '') {
    if (/^\d{1,6}(\.\d{1,3})?$/.test(weightText)) weight = weightText;
    else errors.weightKg = messages.weight;
  }
  const body: ListingDraftBody = {
    sku: orNull(draft.sku),
    kind: orNull(draft.kind),
    title: orNull(draft.title),
    description: orNull(draft.description),
    categoryId: orNull(draft.categoryId),
    brand: orNull(draft.brand),
    model: orNull(draft.model),
    serialNumber: draft.kind === 'UNIQUE_ITEM' ? orNull(draft.serialNumber) : null,
    condition: orNull(draft.condition),
    origin: orNull(draft.origin),
    warrantyMonths: integer('warrantyMonths', draft.warrantyMonths),
    energyClass: orNull(draft.energyClass),
    weightKg: weight,
    lengthCm: integer('lengthCm', draft.lengthCm),
    widthCm: integer('widthCm', draft.widthCm),
    heightCm: integer('heightCm', draft.heightCm),
    priceExclVat: money('priceExclVat', draft.priceExclVat),
    vatRate: orNull(draft.vatRate),
    minimumOrderQuantity: integer('minimumOrderQuantity', draft.minimumOrderQuantity),
    depotId: orNull(draft.depotId),
    pickupAvailable: draft.pickupAvailable,
    deliveryDepartments: draft.deliveryDepartments
      .split(/[,;\s]+/)
      .map((code) => code.trim())
      .filter((code) => code !== ''),
    deliveryFee: money('deliveryFee', draft.deliveryFee),
    deliveryLeadDays: integer('deliveryLeadDays', draft.deliveryLeadDays),
    quantity: integer('quantity', draft.quantity),
    status: mode === 'create' ? orNull(draft.status) : null,
  };
  return { body, errors };
}

/** The fields where two drafts differ (to show what someone else changed). */
export function differingFields(a: FormDraft, b: FormDraft): (keyof FormDraft)[] {
  return (Object.keys(a) as (keyof FormDraft)[]).filter((key) => key !== 'quantity' && key !== 'status' && a[key] !== b[key]);
}

export function sameDraft(a: FormDraft, b: FormDraft): boolean {
  return (Object.keys(a) as (keyof FormDraft)[]).every((key) => a[key] === b[key]);
}

/** What is kept in this browser while the form is not saved. */
export interface StoredDraft {
  draft: FormDraft;
  savedAt: string;
  /** The listing version the input started from (edit), so a restored draft still detects conflicts. */
  version: number | null;
}

const PREFIX = 'boucle.stock.draft.';

/** The storage key of a listing's unsaved input ("new" for the creation form). */
export function draftKey(listingId: string | null): string {
  return PREFIX + (listingId ?? 'new');
}

export function loadStoredDraft(key: string): StoredDraft | null {
  try {
    const raw = localStorage.getItem(key);
    if (raw === null) return null;
    const parsed = JSON.parse(raw) as { draft?: unknown; savedAt?: unknown; version?: unknown } | null;
    if (parsed === null || typeof parsed.draft !== 'object' || parsed.draft === null || typeof parsed.savedAt !== 'string') return null;
    return {
      draft: { ...EMPTY_DRAFT, ...(parsed.draft as Partial<FormDraft>) },
      savedAt: parsed.savedAt,
      version: typeof parsed.version === 'number' ? parsed.version : null,
    };
  } catch {
    return null;
  }
}

export function storeDraft(key: string, draft: FormDraft, version: number | null): void {
  try {
    const stored: StoredDraft = { draft, savedAt: new Date().toISOString(), version };
    localStorage.setItem(key, JSON.stringify(stored));
  } catch {
    // A full or disabled storage must not break typing; the form still holds the input.
  }
}

export function forgetDraft(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    // Nothing to forget.
  }
}
