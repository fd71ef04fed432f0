import { render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { changeLanguage } from '../../../lib/i18n';
import type { ImportJob, LineError } from '../api/imports';
import { Summary } from './ImportSteps';

const JOB: ImportJob = {
  id: '5b0c1f3e-0000-4000-8000-000000000001',
  fileName: 'stock.csv',
  fileSize: 1200,
  format: 'CSV',
  headers: ['Référence', 'Prix HT', 'Quantité'],
  mapping: {},
  status: 'DONE',
  totalLines: 5,
  processedLines: 5,
  created: 2,
  updated: 0,
  unchanged: 0,
  rejected: 3,
  // What the server wrote for a client asking in English: the interface words the code itself.
  message: '3 lines rejected: see the error report.',
  messageCode: 'import-lines-rejected',
  messageParams: { count: '3' },
  createdAt: '2026-12-05T08:00:00Z',
};

const ERRORS: LineError[] = [
  { line: 3, column: 'Prix HT', field: 'priceExclVat', value: 'douze', code: 'import-not-a-number', reason: 'is not a number (write 12,50 or 12.50)' },
  {
    line: 4,
    column: 'Référence',
    field: 'sku',
    value: 'A-1',
    code: 'import-sku-again',
    params: { first: '2' },
    reason: 'appears again: line 2 has the same SKU (one line per SKU)',
  },
  // A line rejected before codes were kept: only its stored text.
  { line: 5, column: 'Quantité', field: 'quantity', value: '-3', reason: 'an old stored reason' },
];

function reasons(): string[] {
  return within(screen.getByRole('table'))
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell').at(-1)?.textContent ?? '');
}

describe('import summary', () => {
  afterEach(() => {
    changeLanguage('fr');
  });

  it('says the rejected lines and the outcome in French from their codes, old lines as stored', () => {
    changeLanguage('fr');
    render(<Summary job={JOB} errors={ERRORS} onAgain={() => undefined} />);
    expect(reasons()).toEqual([
      'n’est pas un nombre (écrivez 12,50 ou 12.50)',
      'apparaît à nouveau : la ligne 2 a la même référence (une ligne par référence)',
      'an old stored reason',
    ]);
    expect(screen.getByText('3 lignes rejetées : voyez le rapport d’erreurs.')).toBeInTheDocument();
    expect(screen.queryByText(/lines rejected/)).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: /rapport|erreurs/i })).toHaveAttribute('href', expect.stringMatching(/errors\.csv\?lang=fr$/));
  });

  it('says them in English when the interface is in English, and asks for the English report', () => {
    changeLanguage('en');
    render(<Summary job={{ ...JOB, rejected: 1, messageParams: { count: '1' } }} errors={ERRORS.slice(0, 1)} onAgain={() => undefined} />);
    expect(reasons()).toEqual(['is not a number (write 12,50 or 12.50)']);
    expect(screen.getByText('One line rejected: see the error report.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /report|errors/i })).toHaveAttribute('href', expect.stringMatching(/errors\.csv\?lang=en$/));
  });
});
