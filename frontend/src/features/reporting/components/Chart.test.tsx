import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import '../../../lib/i18n';
import { Chart, optionOf } from './Chart';

const euros = (cents: number) => `${String(cents / 100)} €`;

describe('Chart', () => {
  it('gives its figures in a table, formatted, a dash where there is none', () => {
    render(
      <Chart
        title="Dépense par mois"
        kind="bar"
        categories={['2026-01', '2026-02']}
        series={[
          { name: 'Engagé', values: [12000, null] },
          { name: 'Facturé', values: [500, 700] },
        ]}
        format={euros}
      />,
    );
    const table = screen.getByRole('table', { name: 'Dépense par mois' });
    const rows = within(table).getAllByRole('row');
    expect(rows.map((row) => row.textContent)).toEqual(['CatégorieEngagéFacturé', '2026-01120 €5 €', '2026-02—7 €']);
    expect(screen.getByRole('img', { name: 'Dépense par mois' })).toBeInTheDocument();
  });

  it('says there is nothing to draw rather than an empty frame', () => {
    render(<Chart title="Vide" kind="line" categories={['a']} series={[{ name: 'x', values: [0] }]} format={euros} />);
    expect(screen.getByText('Aucune donnée pour cette sélection.')).toBeInTheDocument();
    expect(screen.queryByRole('img')).toBeNull();
  });

  it('stacks the series that share a stack, draws lines over bars and a reference line', () => {
    const option = optionOf({
      title: 't',
      kind: 'bar',
      categories: ['a', 'b'],
      series: [
        { name: 'Engagé', values: [1, 2], stack: 'spend' },
        { name: 'Facturé', values: [3, 4], stack: 'spend' },
        { name: 'Maximum', values: [9, 9], line: true },
      ],
      format: String,
      reference: { value: 10, label: '100 %' },
    }) as { series: { type: string; stack?: string; markLine?: { data: unknown[] } }[] };
    expect(option.series.map((s) => [s.type, s.stack])).toEqual([
      ['bar', 'spend'],
      ['bar', 'spend'],
      ['line', undefined],
    ]);
    expect(option.series[0]?.markLine?.data).toEqual([{ yAxis: 10 }]);
  });
});
