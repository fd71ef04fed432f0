import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from './api';
import type { Page } from './page';

/** What a notification tells (GET /api/notifications); the interface words it around `subject`. */
export const NOTIFICATION_KINDS = ['NEED_ANSWERED', 'NEED_MESSAGE', 'ANSWER_ACCEPTED', 'NEED_STOCK', 'NEED_SEARCH_MATCH'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export interface Notification {
  id: number;
  kind: NotificationKind;
  subject: string;
  link: string;
  createdAt: string;
  readAt?: string | null;
}

const BASE = '/api/notifications';

export const fetchNotifications = (page: number, size: number) => apiFetch<Page<Notification>>(`${BASE}?page=${String(page)}&size=${String(size)}`);
export const fetchUnread = () => apiFetch<{ count: number }>(`${BASE}/unread`);
export const markRead = (id: number) => apiFetch<{ count: number }>(`${BASE}/${String(id)}/read`, { method: 'POST' });
export const markAllRead = () => apiFetch<{ count: number }>(`${BASE}/read-all`, { method: 'POST' });

export const notificationKeys = {
  all: ['notifications'] as const,
  unread: ['notifications', 'unread'] as const,
  page: (page: number, size: number) => ['notifications', 'page', page, size] as const,
};

/** The unread count for the header's bell, refreshed every minute while signed in. */
export function useUnreadNotifications(enabled: boolean) {
  return useQuery({ queryKey: notificationKeys.unread, queryFn: fetchUnread, enabled, refetchInterval: 60_000, retry: false });
}

export function useNotifications(page: number, size: number) {
  return useQuery({ queryKey: notificationKeys.page(page, size), queryFn: () => fetchNotifications(page, size), placeholderData: keepPreviousData });
}

export function useMarkRead() {
  const client = useQueryClient();
  return useMutation({ mutationFn: markRead, onSuccess: () => client.invalidateQueries({ queryKey: notificationKeys.all }) });
}

export function useMarkAllRead() {
  const client = useQueryClient();
  return useMutation({ mutationFn: markAllRead, onSuccess: () => client.invalidateQueries({ queryKey: notificationKeys.all }) });
}
