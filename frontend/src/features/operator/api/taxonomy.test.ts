import { describe, expect, it } from 'vitest';
import { treeOrder, type TaxonomyNode } from './taxonomy';

const node = (id: string, parentId: string | null, position: number): TaxonomyNode => ({
  id,
  parentId,
  labelFr: id,
  labelEn: id,
  agecCategory: 'Mobilier',
  cpvCode: '39130000-2',
  ademeSlug: null,
  position,
});

describe('treeOrder', () => {
  it('lists parents before their children, siblings by position, with their depth', () => {
    const ordered = treeOrder([
      node('chaise', 'mobilier', 2),
      node('informatique', null, 2),
      node('bureau', 'mobilier', 1),
      node('mobilier', null, 1),
      node('pc', 'informatique', 1),
      node('pc-portable', 'pc', 1),
    ]);
    expect(ordered.map(({ node: n, depth }) => `${n.id}:${String(depth)}`)).toEqual([
      'mobilier:0',
      'bureau:1',
      'chaise:1',
      'informatique:0',
      'pc:1',
      'pc-portable:2',
    ]);
  });

  it('leaves out nothing reachable and ignores orphans whose parent is unknown', () => {
    const ordered = treeOrder([node('a', null, 0), node('orphan', 'missing', 0)]);
    expect(ordered.map(({ node: n }) => n.id)).toEqual(['a']);
  });
});
