import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { CategoryNode } from '../../../../lib/categories';
import type { FacetValue } from '../../api/search';
import type { Change } from './types';

/** Drill-down through the taxonomy: the path to the chosen category, then its children with counts. */
export function CategoryFacet({
  params,
  values,
  tree,
  hrefFor,
}: {
  params: URLSearchParams;
  values: FacetValue[];
  tree: CategoryNode[];
  hrefFor: (change: Change) => string;
}) {
  const { t } = useTranslation();
  const counts = new Map(values.map((v) => [v.value, v.count]));
  const selected = params.get('category');
  const path = selected === null ? [] : pathTo(tree, selected);
  const current = path[path.length - 1];
  const children = (current === undefined ? tree : current.children).filter((c) => (counts.get(c.id) ?? 0) > 0);
  const go = (id: string | null) =>
    hrefFor((next) => {
      if (id === null) next.delete('category');
      else next.set('category', id);
    });
  if (children.length === 0 && path.length === 0) return null;
  return (
    <nav className="fr-mb-3w" aria-labelledby="facet-category-title" id="facet-category">
      <p className="fr-text--md fr-text--bold fr-mb-1w" id="facet-category-title">
        {t('catalogue.facet.category')}
      </p>
      <ul className="boucle-plain-list fr-mb-0">
        {path.length > 0 && (
          <li>
            <Link className="fr-link fr-link--sm fr-icon-arrow-left-line fr-link--icon-left" to={go(null)}>
              {t('catalogue.allCategories')}
            </Link>
          </li>
        )}
        {path.map((node, index) => (
          <li key={node.id} style={{ paddingLeft: `${String(index + 1)}rem` }}>
            {index === path.length - 1 ? (
              <strong aria-current="true">
                {node.label} ({counts.get(node.id) ?? 0})
              </strong>
            ) : (
              <Link className="fr-link fr-link--sm" to={go(node.id)}>
                {node.label}
              </Link>
            )}
          </li>
        ))}
        {children.map((node) => (
          <li key={node.id} style={{ paddingLeft: `${String(path.length + (path.length > 0 ? 1 : 0))}rem` }}>
            <Link className="fr-link fr-link--sm" to={go(node.id)} data-testid={`category-${node.id}`}>
              {node.label} ({counts.get(node.id) ?? 0})
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function pathTo(tree: readonly CategoryNode[], id: string): CategoryNode[] {
  for (const node of tree) {
    if (node.id === id) return [node];
    const below = pathTo(node.children, id);
    if (below.length > 0) return [node, ...below];
  }
  return [];
}
