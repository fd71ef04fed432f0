import { useEffect, useState } from 'react';
import { fetchCategories, type CategoryNode } from '../../../lib/categories';
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
  const [loaded, setLoaded] = useState<{ language: string; tree: CategoryNode[] } | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    fetchCategories(language, controller.signal)
      .then((tree) => {
        if (!controller.signal.aborted) setLoaded({ language, tree });
      })
      .catch(() => {
        if (!controller.signal.aborted) setLoaded({ language, tree: [] });
      });
    return () => {
      controller.abort();
    };
  }, [language]);
  return loaded?.tree ?? [];
}

/** The supplier's depots; null while loading. */
export function useDepots(): Depot[] | null {
  const [depots, setDepots] = useState<Depot[] | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    fetchDepots(controller.signal)
      .then((answer) => {
        if (!controller.signal.aborted) setDepots(answer);
      })
      .catch(() => {
        if (!controller.signal.aborted) setDepots([]);
      });
    return () => {
      controller.abort();
    };
  }, []);
  return depots;
}
