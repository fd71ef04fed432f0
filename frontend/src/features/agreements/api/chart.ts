/** Integer geometry of the spend chart: each amount as a share of the lot's maximum. */
export interface SpendBar {
  key: 'committed' | 'invoiced' | 'remaining';
  cents: number;
  /** Share of the maximum in tenths of a percent (0..1000), rounded down. */
  perMille: number;
}

export function perMille(part: number, whole: number): number {
  if (whole <= 0 || part <= 0) return 0;
  return Math.min(1000, Number((BigInt(part) * 1000n) / BigInt(whole)));
}

/** The three bars of a lot period: committed, invoiced, remaining, against the maximum. */
export function spendBars(period: {
  maximumExclVatCents: number;
  committedExclVatCents: number;
  invoicedExclVatCents: number;
  remainingExclVatCents: number;
}): SpendBar[] {
  const max = period.maximumExclVatCents;
  return [
    { key: 'committed', cents: period.committedExclVatCents, perMille: perMille(period.committedExclVatCents, max) },
    { key: 'invoiced', cents: period.invoicedExclVatCents, perMille: perMille(period.invoicedExclVatCents, max) },
    { key: 'remaining', cents: period.remainingExclVatCents, perMille: perMille(period.remainingExclVatCents, max) },
  ];
}
