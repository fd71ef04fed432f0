import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { routes } from '../../../app/routes';
import { AUDIT, conformityRate, conformityState } from '../../../lib/accessibilityAudit';
import { jsonResponse, stubFetch } from '../../../test/fetchStub';

function renderAt(path: string) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(<RouterProvider router={router} />);
  return router;
}

function stubContact() {
  stubFetch({
    'GET /api/auth/me': () => jsonResponse(401, { title: 'Unauthorized', status: 401 }),
    'GET /api/accessibility/contact': () => jsonResponse(200, { email: 'accessibilite@boucle.test' }),
  });
}

describe('accessibility declaration', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('states the conformity, the measured rate, each non-conformity and the contact from the server', async () => {
    stubContact();
    renderAt('/accessibilite');
    expect(await screen.findByRole('heading', { level: 1, name: 'Déclaration d’accessibilité' })).toBeInTheDocument();
    expect(document.title).toBe('Déclaration d’accessibilité — Boucle');
    expect(screen.getByTestId('accessibility-state')).toHaveTextContent(
      'Boucle est totalement conforme avec le référentiel général d’amélioration de l’accessibilité (RGAA), version 4.1.',
    );
    expect(screen.getByTestId('accessibility-rate')).toHaveTextContent('révèle que 100 % des critères du RGAA version 4.1 sont respectés');
    // No criterion left unmet at the last audit: the section says so rather than an empty list.
    expect(AUDIT.nonConformities).toEqual([]);
    expect(screen.getByTestId('accessibility-non-conformities')).toHaveTextContent('Aucune.');
    for (const heading of [
      'État de conformité',
      'Résultats des tests',
      'Contenus non accessibles',
      'Établissement de cette déclaration',
      'Retour d’information et contact',
      'Voies de recours',
    ]) {
      expect(screen.getByRole('heading', { level: 2, name: heading })).toBeInTheDocument();
    }
    expect(await screen.findByRole('link', { name: 'Écrire à accessibilite@boucle.test' })).toHaveAttribute(
      'href',
      'mailto:accessibilite@boucle.test',
    );
    expect(screen.getByRole('link', { name: /Défenseur des droits \(formulaire en ligne\)/ })).toHaveAttribute(
      'href',
      'https://formulaire.defenseurdesdroits.fr/',
    );
  });

  it('is linked from the footer with the state computed from the audit, in both languages', async () => {
    stubContact();
    const router = renderAt('/');
    const link = screen.getByTestId('footer-accessibility');
    expect(link).toHaveTextContent('Accessibilité : totalement conforme');
    await userEvent.click(link);
    expect(router.state.location.pathname).toBe('/accessibilite');
    await userEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Accessibility statement' })).toBeInTheDocument();
    expect(screen.getByTestId('footer-accessibility')).toHaveTextContent('Accessibility: fully compliant');
    expect(screen.getByTestId('accessibility-rate')).toHaveTextContent('shows that 100 % of the RGAA version 4.1 criteria are met');
    await userEvent.click(screen.getByRole('button', { name: 'Français' }));
  });

  it('computes the state the official way: met ÷ applicable', () => {
    expect(conformityRate({ conform: 71, notConform: 0 })).toBe(100);
    expect(conformityState(100)).toBe('total');
    expect(conformityState(50)).toBe('partial');
    expect(conformityState(49.9)).toBe('none');
  });

  it('holds the figures of the audit grid in docs/rgaa-audit.md', () => {
    const grid = readFileSync(path.resolve(process.cwd(), '../docs/rgaa-audit.md'), 'utf8');
    const rows = [...grid.matchAll(/^\| (\d+\.\d+) \| [^|]+ \| (C|NC|NA) \|/gm)];
    expect(rows).toHaveLength(106);
    const count = (status: string) => rows.filter((r) => r[2] === status).length;
    expect({ conform: count('C'), notConform: count('NC'), notApplicable: count('NA') }).toEqual({
      conform: AUDIT.conform,
      notConform: AUDIT.notConform,
      notApplicable: AUDIT.notApplicable,
    });
    expect(rows.filter((r) => r[2] === 'NC').map((r) => r[1])).toEqual([...AUDIT.nonConformities]);
    expect(grid).toContain(`**${conformityRate().toFixed(1)} %**`);
  });
});
