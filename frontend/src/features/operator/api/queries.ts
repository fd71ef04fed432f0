import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { OrganisationStatus } from '../../../lib/session';
import { approveProof, fetchOrganisations, fetchProofsToReview, suspendOrganisation, validateOrganisation } from './operator';

/** The organisations by status, or the suppliers whose insertion proof changed (PROOF_REVIEW). */
export type Queue = OrganisationStatus | 'PROOF_REVIEW';
export type OperatorAction = 'validate' | 'suspend' | 'approveProof';

export const operatorKeys = {
  all: ['operator'] as const,
  queue: (queue: Queue) => ['operator', 'queue', queue] as const,
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
