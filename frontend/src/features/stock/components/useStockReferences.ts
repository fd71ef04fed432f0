import { useQuery } from '@tanstack/react-query';
import { useCategories, type CategoryNode } from '../../../lib/categories';
import { fetchDepots, type Depot } from '../api/stock';

/** A leaf category (the only kind a listing may have) under its parent's label. */
export interface LeafGroup {
  label: string;
  leaves: { id: string; label: string }[];
}

/** Leaves grouped by their parent, in taxonomy order (for an optgroup select). */
export function leafGroups(tree: readonly CategoryNode[]): LeafGroup[] {
  const groups: LeafGroup[] = [];
  const visit = (node: CategoryNode, path: string[]) => {
    if (node.children.length === 0) return;
    const leaves = node.children.filter((child) => child.children.length === 0).map((c) => ({ id: c.id, label: c.label }));
    const label = [...path, node.label].join(' › ');
    if (leaves.length > 0) groups.push({ label, leaves });
    node.children.forEach((child) => {
      visit(child, [...path, node.label]);
    });
  };
  tree.forEach((node) => {
    visit(node, []);
  });
  return groups;
}

/** Every category with its depth, in taxonomy order (for a filter that accepts branches). */
export function flatCategories(tree: readonly CategoryNode[]): { id: string; label: string; depth: number }[] {
  const out: { id: string; label: string; depth: number }[] = [];
  const visit = (node: CategoryNode, depth: number) => {
    out.push({ id: node.id, label: node.label, depth });
    node.children.forEach((child) => {
      visit(child, depth + 1);
    });
  };
  tree.forEach((node) => {
    visit(node, 0);
  });
  return out;
}

/** The taxonomy in the interface language; empty until loaded (or when it cannot be). */
export function useCategoryTree(language: string): CategoryNode[] {
  return useCategories(language).data ?? EMPTY;
}

const EMPTY: CategoryNode[] = [];

/** The supplier's depots; null while loading, empty when they cannot be read. */
export function useDepots(): Depot[] | null {
  const depots = useQuery({ queryKey: ['organisation', 'sites', 'depots'], queryFn: ({ signal }) => fetchDepots(signal) });
  return depots.isError ? EMPTY_DEPOTS : (depots.data ?? null);
}

const EMPTY_DEPOTS: Depot[] = [];
