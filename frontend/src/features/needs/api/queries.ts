import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  acceptAnswer,
  answerNeed,
  cancelNeed,
  closeNeed,
  declineNeed,
  fetchAnswers,
  fetchCallOffLots,
  fetchMatches,
  fetchMyStock,
  fetchNeed,
  fetchNeeds,
  fetchServices,
  fetchSourcingFigures,
  fetchThread,
  postMessage,
  publishNeed,
  type AnswerInput,
  type NeedOutcome,
  type NeedQuery,
  type PublishNeed,
} from './needs';

/** Query keys of the needs board; invalidating `needs` refreshes everything under it. */
export const needKeys = {
  all: ['needs'] as const,
  list: (query: NeedQuery, lang: string) => ['needs', 'list', query, lang] as const,
  need: (id: string) => ['needs', 'detail', id] as const,
  answers: (id: string) => ['needs', 'detail', id, 'answers'] as const,
  matches: (id: string) => ['needs', 'detail', id, 'matches'] as const,
  thread: (id: string, answerId: string) => ['needs', 'detail', id, 'thread', answerId] as const,
  statistics: (from: string, to: string) => ['needs', 'statistics', from, to] as const,
};

export function useNeeds(query: NeedQuery, lang: string) {
  return useQuery({ queryKey: needKeys.list(query, lang), queryFn: () => fetchNeeds(query, lang), placeholderData: keepPreviousData });
}

export function useNeed(id: string, lang: string) {
  return useQuery({ queryKey: [...needKeys.need(id), lang], queryFn: () => fetchNeed(id, lang) });
}

/** The buyer admin's sourcing statistics between two dates ('' for the API's default). */
export function useSourcingFigures(from: string, to: string) {
  return useQuery({ queryKey: needKeys.statistics(from, to), queryFn: () => fetchSourcingFigures(from, to), placeholderData: keepPreviousData });
}

export function useAnswers(id: string) {
  return useQuery({ queryKey: needKeys.answers(id), queryFn: () => fetchAnswers(id) });
}

export function useMatches(id: string, enabled: boolean) {
  return useQuery({ queryKey: needKeys.matches(id), queryFn: () => fetchMatches(id), enabled });
}

export function useThread(id: string, answerId: string, enabled: boolean) {
  return useQuery({ queryKey: needKeys.thread(id, answerId), queryFn: () => fetchThread(id, answerId), enabled });
}

export function useServices(enabled: boolean) {
  return useQuery({ queryKey: ['needs', 'services'], queryFn: fetchServices, enabled });
}

export function useCallOffLots(enabled: boolean) {
  return useQuery({ queryKey: ['needs', 'call-off-lots'], queryFn: fetchCallOffLots, enabled });
}

export function useMyStock(enabled: boolean) {
  return useQuery({ queryKey: ['needs', 'my-stock'], queryFn: fetchMyStock, enabled });
}

function useInvalidateNeeds() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: needKeys.all });
}

export function usePublishNeed(lang: string) {
  const invalidate = useInvalidateNeeds();
  return useMutation({ mutationFn: (body: PublishNeed) => publishNeed(body, lang), onSuccess: invalidate });
}

export function useEndNeed(id: string) {
  const invalidate = useInvalidateNeeds();
  return useMutation({
    mutationFn: (end: { outcome: NeedOutcome; amountCents: number | null } | { reason: string }) =>
      'reason' in end ? cancelNeed(id, end.reason) : closeNeed(id, end.outcome, end.amountCents),
    onSuccess: invalidate,
  });
}

export function useAnswerNeed(id: string) {
  const invalidate = useInvalidateNeeds();
  return useMutation({
    mutationFn: (answer: AnswerInput | { decline: string }) => ('decline' in answer ? declineNeed(id, answer.decline) : answerNeed(id, answer)),
    // Not awaited: the refetch makes the need answered, which takes the form away, and React Query
    // skips the caller's callbacks (the confirmation) once the form is gone.
    onSuccess: () => {
      void invalidate();
    },
  });
}

export function useAcceptAnswer(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (answerId: string) => acceptAnswer(id, answerId),
    onSuccess: () => Promise.all([client.invalidateQueries({ queryKey: needKeys.all }), client.invalidateQueries({ queryKey: ['cart'] })]),
  });
}

export function usePostMessage(id: string, answerId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: string) => postMessage(id, answerId, body),
    onSuccess: (thread) => {
      client.setQueryData(needKeys.thread(id, answerId), thread);
    },
  });
}
