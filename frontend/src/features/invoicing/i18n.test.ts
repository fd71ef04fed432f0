import { describe, expect, it } from 'vitest';
import { en } from '../../lib/locales/en';
import { fr } from '../../lib/locales/fr';

/** Every key path of a messages tree ("invoicing.clock.left_one"). */
function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keys(value as object, `${prefix}${key}.`),
  );
}

describe('invoicing messages', () => {
  it('has the same keys in French and English, none empty', () => {
    expect(keys(en.invoicing).sort()).toEqual(keys(fr.invoicing).sort());
    for (const tree of [fr.invoicing, en.invoicing]) {
      const empty = keys(tree).filter((path) => {
        const value = path.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], tree);
        return value === '';
      });
      expect(empty).toEqual([]);
    }
  });

  it('names every status, kind, payment method and billing field in both languages', () => {
    for (const messages of [fr.invoicing, en.invoicing]) {
      expect(Object.keys(messages.status).sort()).toEqual(['CREDITED', 'ISSUED', 'PAID', 'PARTIALLY_PAID']);
      expect(Object.keys(messages.kind).sort()).toEqual(['CREDIT_NOTE', 'INVOICE']);
      expect(Object.keys(messages.method).sort()).toEqual(['CARD', 'OTHER', 'TRANSFER']);
      expect(Object.keys(messages.billing.fields)).toContain('electronicAddress');
    }
  });
});
