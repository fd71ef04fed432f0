import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { OrganisationStatus } from '../../../lib/session';
import { approveProof, fetchOrganisations, fetchProofsToReview, suspendOrganisation, validateOrganisation } from './operator';
import { createNode, deleteNode, fetchAgecCategories, fetchTaxonomy, updateNode, type TaxonomyInput } from './taxonomy';

/** The organisations by status, or the suppliers whose insertion proof changed (PROOF_REVIEW). */
export type Queue = OrganisationStatus | 'PROOF_REVIEW';
export type OperatorAction = 'validate' | 'suspend' | 'approveProof';

export const operatorKeys = {
  all: ['operator'] as const,
  queue: (queue: Queue) => ['operator', 'queue', queue] as const,
  taxonomy: ['operator', 'taxonomy'] as const,
};

export function useOperatorQueue(queue: Queue) {
  return useQuery({
    queryKey: operatorKeys.queue(queue),
    queryFn: () => (queue === 'PROOF_REVIEW' ? fetchProofsToReview() : fetchOrganisations(queue)),
  });
}

/** Validates, suspends or approves the proof of an organisation; every queue reloads. */
export function useOperatorAction() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, action }: { id: string; action: OperatorAction }) =>
      action === 'validate' ? validateOrganisation(id) : action === 'approveProof' ? approveProof(id) : suspendOrganisation(id),
    onSuccess: () => client.invalidateQueries({ queryKey: operatorKeys.all }),
  });
}

/** The whole taxonomy and the AGEC categories a node may take, read together. */
export function useTaxonomy() {
  return useQuery({
    queryKey: operatorKeys.taxonomy,
    queryFn: async () => {
      const [nodes, agec] = await Promise.all([fetchTaxonomy(), fetchAgecCategories()]);
      return { nodes, agec };
    },
  });
}

/** After a taxonomy change: the editor and every cached category tree (catalogue, stock) reload. */
function useTaxonomyChanged() {
  const client = useQueryClient();
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: operatorKeys.taxonomy }),
      client.invalidateQueries({ queryKey: ['categories'] }),
    ]);
}

/** Creates a node (id null) or changes one. */
export function useSaveTaxonomyNode() {
  const changed = useTaxonomyChanged();
  return useMutation({
    mutationFn: ({ id, input }: { id: string | null; input: TaxonomyInput }) => (id === null ? createNode(input) : updateNode(id, input)),
    onSuccess: changed,
  });
}

export function useDeleteTaxonomyNode() {
  const changed = useTaxonomyChanged();
  return useMutation({ mutationFn: (id: string) => deleteNode(id), onSuccess: changed });
}
