import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { formatEuros } from '../../../lib/money';
import { spendBars } from '../api/chart';
import { SpendChart } from './SpendChart';

const PERIOD = {
  index: 0,
  startsOn: '2026-01-01',
  endsOn: '2026-12-31',
  maximumExclVatCents: 5_000_000,
  committedExclVatCents: 22_222,
  invoicedExclVatCents: 1_000_000,
  remainingExclVatCents: 3_977_778,
  current: true,
};
const plain = (cents: number) => formatEuros(cents).replace(/\s+/g, ' ');

describe('spend chart of a lot', () => {
  it('sizes each bar as an integer share of the maximum', () => {
    expect(spendBars(PERIOD).map((b) => [b.key, b.perMille])).toEqual([
      ['committed', 4],
      ['invoiced', 200],
      ['remaining', 795],
    ]);
  });

  it('names the chart with its figures and repeats them in a table', () => {
    render(<SpendChart lotLabel="Lot 1 — Mobilier" lotTitle="Mobilier" period={PERIOD} />);
    const chart = screen.getByRole('img');
    expect(chart).toHaveAccessibleName(
      `Lot 1 — Mobilier : maximum ${formatEuros(5_000_000)} HT ; engagé ${formatEuros(22_222)}, facturé ${formatEuros(1_000_000)}, restant ${formatEuros(3_977_778)}.`,
    );
    expect(screen.getByRole('table')).toHaveTextContent(plain(3_977_778));
    // The lot's title in the caption is the buyer's words, marked French (RGAA 8.7).
    expect(screen.getByRole('table').querySelector('caption [lang="fr"]')).toHaveTextContent(/^Mobilier$/);
  });
});
