/**
 * Pure helpers of the checkout: the lot's remaining amount before and after the order, and the
 * Idempotency-Key kept for one checkout attempt so that a retry cannot place the orders twice.
 */

/** What the checkout shows of a lot's budget; all amounts are integer cents excl. VAT. */
export interface LotBudget {
  beforeCents: number;
  afterCents: number;
  /** What this order takes from the lot (before − after). */
  orderCents: number;
  /** Share of the remaining amount left after the order, in tenths of a percent (0..1000). */
  afterPerMille: number;
  /** True when the order would take more than what remains. */
  exceeds: boolean;
}

/** The budget of a lot option, or null when the preview has no period in force for it. */
export function lotBudget(beforeCents: number | null | undefined, afterCents: number | null | undefined): LotBudget | null {
  if (beforeCents === null || beforeCents === undefined || afterCents === null || afterCents === undefined) return null;
  if (!Number.isSafeInteger(beforeCents) || !Number.isSafeInteger(afterCents)) return null;
  const orderCents = beforeCents - afterCents;
  let afterPerMille = 0;
  if (beforeCents > 0 && afterCents > 0) {
    // Integer arithmetic on BigInt: cents × 1000 may pass Number's safe range.
    afterPerMille = Number((BigInt(afterCents) * 1000n) / BigInt(beforeCents));
  }
  return { beforeCents, afterCents, orderCents, afterPerMille: Math.min(1000, afterPerMille), exceeds: afterCents < 0 };
}

/** Line total in cents: unit × quantity, exact for every realistic amount. */
export function lineTotalCents(unitCents: number, quantity: number): number {
  const total = unitCents * quantity;
  if (!Number.isSafeInteger(total)) throw new RangeError('Line total out of range');
  return total;
}

const KEY_STORAGE = 'boucle.checkout.idempotency';

interface StoredKey {
  key: string;
  body: string;
}

function newKey(): string {
  const cryptoApi = globalThis.crypto as Crypto | undefined;
  if (cryptoApi !== undefined && typeof cryptoApi.randomUUID === 'function') return cryptoApi.randomUUID();
  const bytes = new Uint8Array(16);
  if (cryptoApi !== undefined) cryptoApi.getRandomValues(bytes);
  else for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function read(): StoredKey | null {
  try {
    const raw = sessionStorage.getItem(KEY_STORAGE);
    if (raw === null) return null;
    const parsed = JSON.parse(raw) as Partial<StoredKey>;
    return typeof parsed.key === 'string' && typeof parsed.body === 'string' ? { key: parsed.key, body: parsed.body } : null;
  } catch {
    return null;
  }
}

/**
 * The Idempotency-Key of this checkout attempt. The same request body (a retry after a network
 * error, a reload) gets the same key back from sessionStorage, so the server answers the orders it
 * already placed instead of placing them again; a changed body is a new attempt with a new key.
 */
export function idempotencyKeyFor(body: string): string {
  const stored = read();
  if (stored !== null && stored.body === body) return stored.key;
  const key = newKey();
  try {
    sessionStorage.setItem(KEY_STORAGE, JSON.stringify({ key, body }));
  } catch {
    // Storage full or refused: the key still protects retries within this page.
  }
  return key;
}

/** Forgets the key once the orders are placed (the next checkout is a new attempt). */
export function forgetIdempotencyKey(): void {
  try {
    sessionStorage.removeItem(KEY_STORAGE);
  } catch {
    // nothing to forget
  }
}
