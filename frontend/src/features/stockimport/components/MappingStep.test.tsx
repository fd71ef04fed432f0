import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import '../../../lib/i18n';
import { MappingStep, missingFields } from './MappingStep';

const HEADERS = ['Référence', 'Désignation', 'Catégorie', 'État', 'Origine', 'Prix HT', 'Remarque'];
const SUGGESTED = {
  Référence: 'sku',
  Désignation: 'title',
  Catégorie: 'categoryId',
  État: 'condition',
  Origine: 'origin',
};

describe('import mapping step', () => {
  it('preselects the suggestion, names a missing required field, then submits the chosen mapping', async () => {
    const onSubmit = vi.fn();
    render(
      <MappingStep
        headers={HEADERS}
        suggested={SUGGESTED}
        sample={[['FR-1', 'Réfrigérateur', 'refrigerateur', 'Bon état', 'Réemploi', '189,90', '']]}
        serverErrors={{}}
        busy={false}
        onSubmit={onSubmit}
      />,
    );
    expect(screen.getByLabelText('Colonne « Référence »')).toHaveValue('sku');
    expect(screen.getByLabelText('Colonne « Prix HT »')).toHaveValue('');
    expect(screen.getByRole('table')).toHaveTextContent('189,90');

    await userEvent.click(screen.getByRole('button', { name: 'Vérifier le fichier' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByTestId('mapping-errors')).toHaveTextContent('Prix HT (€)');

    await userEvent.selectOptions(screen.getByLabelText('Colonne « Prix HT »'), 'priceExclVat');
    await userEvent.click(screen.getByRole('button', { name: 'Vérifier le fichier' }));
    expect(onSubmit).toHaveBeenCalledWith({ ...SUGGESTED, 'Prix HT': 'priceExclVat', Remarque: '' });
  });

  it('lets one column fill a field: choosing it elsewhere frees the first column', async () => {
    render(
      <MappingStep headers={HEADERS} suggested={SUGGESTED} sample={[]} serverErrors={{}} busy={false} onSubmit={vi.fn()} />,
    );
    await userEvent.selectOptions(screen.getByLabelText('Colonne « Remarque »'), 'title');
    expect(screen.getByLabelText('Colonne « Remarque »')).toHaveValue('title');
    expect(screen.getByLabelText('Colonne « Désignation »')).toHaveValue('');
  });

  it('lists the required fields left without a column', () => {
    expect(missingFields({ A: 'sku', B: 'title', C: '' })).toEqual(['categoryId', 'condition', 'origin', 'priceExclVat']);
  });
});
