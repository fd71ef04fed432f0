import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import '../../../lib/i18n';
import { Dashboard } from './DashboardPage';

const tabs = [
  { slug: 'a', labelKey: 'reporting.filters.agreement', Panel: () => <p>Panneau A</p> },
  { slug: 'b', labelKey: 'reporting.filters.service', Panel: () => <p>Panneau B</p> },
];

describe('Dashboard', () => {
  it('opens the tab named in the address, and moves between tabs with the arrow keys', async () => {
    render(
      <MemoryRouter initialEntries={['/tableau-de-bord?rubrique=b']}>
        <Dashboard tabs={tabs} />
      </MemoryRouter>,
    );
    expect(screen.getByText('Panneau B')).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Service' })).toHaveAttribute('aria-selected', 'true');
    screen.getByRole('tab', { name: 'Service' }).focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(screen.getByText('Panneau A')).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Accord-cadre' })).toHaveFocus();
    expect(document.title).toBe('Accord-cadre — Tableau de bord des achats — Boucle');
  });
});
