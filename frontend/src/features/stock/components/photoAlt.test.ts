import { describe, expect, it } from 'vitest';
import { altIsRelevant, altProblem } from './photoAlt';

describe('a photo’s alternative text (RGAA 1.3)', () => {
  it('accepts what describes the object', () => {
    for (const alt of ['Chaise de bureau Steelcase noire', 'Pied rayé', 'Écran 24 pouces', 'Armoire 2 portes']) {
      expect(altProblem(alt, 'IMG_1234.jpg')).toBeNull();
    }
  });

  it('requires one, and refuses file names and generic words as the server does', () => {
    expect(altProblem('   ')).toBe('photo-alt-required');
    expect(altProblem('x'.repeat(301))).toBe('field-at-most-chars');
    for (const alt of ['image', 'Photo', 'IMG_1234.jpg', 'IMG_1234', 'DSC0042', 'photo 2', 'Image 1 de 4', '12345', 'Capture d’écran 2026-03-01 à 10.00.00', 'sans titre']) {
      expect(altIsRelevant(alt), alt).toBe(false);
    }
    expect(altProblem('chaise-bureau', 'chaise-bureau.jpg')).toBe('photo-alt-not-relevant');
    expect(altProblem('Chaise de bureau', 'chaise-bureau.jpg')).toBeNull();
  });
});
