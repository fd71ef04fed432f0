import { apiFetch, jsonBody } from '../../../lib/api';

/** A taxonomy node with both labels and its mappings, as the operator edits it. */
export interface TaxonomyNode {
  id: string;
  parentId: string | null;
  labelFr: string;
  labelEn: string;
  agecCategory: string | null;
  cpvCode: string | null;
  ademeSlug: string | null;
  position: number;
}

export type TaxonomyInput = Omit<TaxonomyNode, 'position'> & { position: number | null };

export function fetchTaxonomy(): Promise<TaxonomyNode[]> {
  return apiFetch<TaxonomyNode[]>('/api/operator/categories');
}

export function fetchAgecCategories(): Promise<string[]> {
  return apiFetch<string[]>('/api/operator/categories/agec');
}

export function createNode(node: TaxonomyInput): Promise<TaxonomyNode> {
  return apiFetch<TaxonomyNode>('/api/operator/categories', jsonBody('POST', node));
}

export function updateNode(id: string, node: TaxonomyInput): Promise<TaxonomyNode> {
  return apiFetch<TaxonomyNode>(`/api/operator/categories/${encodeURIComponent(id)}`, jsonBody('PUT', node));
}

export function deleteNode(id: string): Promise<unknown> {
  return apiFetch<unknown>(`/api/operator/categories/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

/** Nodes in tree order (parents before children, by position) with their depth. */
export function treeOrder(nodes: readonly TaxonomyNode[]): { node: TaxonomyNode; depth: number }[] {
  const children = new Map<string | null, TaxonomyNode[]>();
  for (const node of nodes) {
    const list = children.get(node.parentId) ?? [];
    list.push(node);
    children.set(node.parentId, list);
  }
  for (const list of children.values()) list.sort((a, b) => a.position - b.position || a.id.localeCompare(b.id));
  const ordered: { node: TaxonomyNode; depth: number }[] = [];
  const visit = (parent: string | null, depth: number) => {
    for (const node of children.get(parent) ?? []) {
      ordered.push({ node, depth });
      visit(node.id, depth + 1);
    }
  };
  visit(null, 0);
  return ordered;
}
