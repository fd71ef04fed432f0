import { afterEach, describe, expect, it } from 'vitest';
import { forgetIdempotencyKey, idempotencyKeyFor, lineTotalCents, lotBudget } from './checkout';

describe('lot budget at checkout', () => {
  it('gives the amount the order takes and the share left, in integers', () => {
    expect(lotBudget(100_000, 75_050)).toEqual({
      beforeCents: 100_000,
      afterCents: 75_050,
      orderCents: 24_950,
      afterPerMille: 750,
      exceeds: false,
    });
  });

  it('stays exact for lot maximums beyond what a double times 1000 can hold', () => {
    const before = 9_007_199_254_740_000; // about 90 000 billion euros, still a safe integer
    const budget = lotBudget(before, before - 1);
    expect(budget?.orderCents).toBe(1);
    expect(budget?.afterPerMille).toBe(999);
  });

  it('flags an order above what remains and has no budget without a period', () => {
    expect(lotBudget(1_000, -500)).toMatchObject({ orderCents: 1_500, afterPerMille: 0, exceeds: true });
    expect(lotBudget(null, null)).toBeNull();
  });

  it('multiplies line totals exactly', () => {
    expect(lineTotalCents(12_345, 3)).toBe(37_035);
  });
});

describe('idempotency key of a checkout attempt', () => {
  afterEach(() => {
    sessionStorage.clear();
  });

  it('gives the same key for the same body, even after a reload, and a new one once forgotten', () => {
    const body = JSON.stringify([{ supplierId: 's1', deliveryDate: '2026-12-10' }]);
    const first = idempotencyKeyFor(body);
    expect(first).toMatch(/^[0-9a-f-]{32,36}$/);
    // A retry after a network error (or a reload: the key lives in sessionStorage).
    expect(sessionStorage.getItem('boucle.checkout.idempotency')).toContain(first);
    expect(idempotencyKeyFor(body)).toBe(first);
    forgetIdempotencyKey();
    expect(idempotencyKeyFor(body)).not.toBe(first);
  });

  it('starts a new attempt when the request changes', () => {
    const first = idempotencyKeyFor('{"a":1}');
    const second = idempotencyKeyFor('{"a":2}');
    expect(second).not.toBe(first);
    expect(idempotencyKeyFor('{"a":2}')).toBe(second);
  });
});
