import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { categoryPictogram, GENERIC_PICTOGRAM, LEAF_PARENTS, TOP_LEVEL_PICTOGRAMS, topLevelCategory } from './categoryPictograms';

/** The seeded taxonomy (V2__seed_reuse_taxonomy.sql): top-level category → its leaves. */
const TAXONOMY: Record<string, string[]> = {
  'gros-electromenager': ['refrigerateur', 'congelateur', 'lave-linge', 'lave-vaisselle', 'four', 'micro-ondes'],
  'mobilier-bureau': ['siege-bureau', 'chaise', 'bureau', 'table', 'armoire', 'caisson', 'canape'],
  informatique: ['pc-portable', 'pc-fixe', 'ecran', 'smartphone', 'tablette', 'videoprojecteur', 'imprimante'],
  'jeux-jouets': ['jouet-eveil', 'jeu-societe', 'jeu-exterieur'],
  textile: ['vetement-travail', 'linge-maison'],
  evenementiel: ['tente-barnum', 'table-pliante', 'sonorisation'],
  sport: ['velo', 'equipement-sport'],
  'espaces-verts': ['tondeuse', 'outillage-jardin'],
};

const pictograms = path.join(path.dirname(createRequire(import.meta.url).resolve('@gouvfr/dsfr/package.json')), 'dist/artwork/pictograms');

/** The pictogram file's text; throws when the DSFR package has no such file. */
function pictogramFile(name: string): string {
  return readFileSync(path.join(pictograms, `${name}.svg`), 'utf8');
}

describe('category pictograms', () => {
  const leaves = Object.entries(TAXONOMY).flatMap(([parent, children]) => children.map((leaf) => [leaf, parent] as const));

  it.each(leaves)('maps %s (in %s) to a DSFR pictogram file with the three artwork layers', (leaf, parent) => {
    const pictogram = categoryPictogram(leaf);
    expect(pictogram).not.toBe(GENERIC_PICTOGRAM);
    expect(pictogram.url).toContain(`pictograms/${pictogram.name}.svg`);
    const svg = pictogramFile(pictogram.name);
    for (const layer of ['artwork-decorative', 'artwork-minor', 'artwork-major']) {
      expect(svg).toContain(`<symbol id="${layer}"`);
    }
    expect(topLevelCategory(leaf)).toBe(parent);
  });

  it('knows exactly the seeded leaves and top-level categories', () => {
    expect(Object.keys(LEAF_PARENTS).sort()).toEqual(leaves.map(([leaf]) => leaf).sort());
    expect(Object.keys(TOP_LEVEL_PICTOGRAMS).sort()).toEqual(Object.keys(TAXONOMY).sort());
    for (const top of Object.keys(TAXONOMY)) {
      expect(() => pictogramFile(categoryPictogram(top).name)).not.toThrow();
    }
    expect(() => pictogramFile(GENERIC_PICTOGRAM.name)).not.toThrow();
  });

  it("falls back to the parent's pictogram, then to a generic one", () => {
    // A leaf without a closer pictogram shows its parent's.
    expect(categoryPictogram('lave-linge')).toBe(TOP_LEVEL_PICTOGRAMS['gros-electromenager']);
    // A leaf added since (e.g. by an operator) shows the parent's when the page knows the path...
    expect(categoryPictogram('trottinette', ['sport'])).toBe(TOP_LEVEL_PICTOGRAMS.sport);
    expect(topLevelCategory('trottinette', ['sport'])).toBe('sport');
    // ...and the generic one when it does not.
    expect(categoryPictogram('trottinette')).toBe(GENERIC_PICTOGRAM);
    expect(topLevelCategory('trottinette')).toBeNull();
    expect(categoryPictogram('constructor')).toBe(GENERIC_PICTOGRAM);
  });
});
