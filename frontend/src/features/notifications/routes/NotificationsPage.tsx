import './notifications.css';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Alert, problemText } from '../../../components/form';
import { Pager } from '../../../components/list/Pager';
import { RequireSession } from '../../../components/RequireSession';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import { formatDateTime } from '../../../lib/format';
import { useMarkAllRead, useMarkRead, useNotifications, type Notification } from '../../../lib/notifications';
import { pageCount } from '../../../lib/page';
import { useListParams } from '../../../lib/useListParams';

const PAGE_SIZE = 20;

/** A person's notifications (/notifications): newest first, paged, marked read one by one or all. */
export function NotificationsPage() {
  return (
    <RequireSession>
      <Notifications />
    </RequireSession>
  );
}

function Notifications() {
  const { t } = useTranslation();
  useDocumentTitle(t('notifications.title'));
  const { page } = useListParams();
  const notifications = useNotifications(page - 1, PAGE_SIZE);
  const markAll = useMarkAllRead();
  const data = notifications.data;
  const pages = data === undefined ? 1 : pageCount(data.total, PAGE_SIZE);
  const anyUnread = data?.items.some((n) => n.readAt === null || n.readAt === undefined) ?? false;
  return (
    <div className="fr-container fr-py-6w">
      <div className="boucle-page-head">
        <h1>{t('notifications.title')}</h1>
        {anyUnread && (
          <button
            type="button"
            className="fr-btn fr-btn--secondary fr-icon-check-line fr-btn--icon-left"
            disabled={markAll.isPending}
            onClick={() => {
              markAll.mutate();
            }}
          >
            {t('notifications.markAll')}
          </button>
        )}
      </div>
      <p className="fr-text--lead">{t('notifications.intro')}</p>
      {notifications.isError && <Alert kind="error">{problemText(notifications.error, t('form.unexpected'))}</Alert>}
      {markAll.isError && <Alert kind="error">{problemText(markAll.error, t('form.unexpected'))}</Alert>}
      {data !== undefined && (
        <>
          <p role="status" className="fr-text--sm">
            {t('notifications.count', { count: data.total })}
          </p>
          {data.items.length === 0 ? (
            <p>{t('notifications.empty')}</p>
          ) : (
            <ul className="boucle-notifications" data-testid="notifications">
              {data.items.map((n) => (
                <Item key={n.id} notification={n} />
              ))}
            </ul>
          )}
          {pages > 1 && (
            <Pager page={page} pages={pages} label={t('notifications.pages')} href={(target) => (target <= 1 ? '/notifications' : `/notifications?page=${String(target)}`)} />
          )}
        </>
      )}
    </div>
  );
}

function Item({ notification: n }: { notification: Notification }) {
  const { t, i18n } = useTranslation();
  const markRead = useMarkRead();
  const unread = n.readAt === null || n.readAt === undefined;
  const text = t(`notifications.kind.${n.kind}`, { subject: n.subject });
  return (
    <li className={unread ? 'boucle-notifications__item boucle-notifications__item--unread' : 'boucle-notifications__item'}>
      <p className="fr-mb-1v">
        {unread && <span className="fr-badge fr-badge--sm fr-badge--new fr-mr-1w">{t('notifications.new')}</span>}
        <Link
          to={n.link}
          onClick={() => {
            if (unread) markRead.mutate(n.id);
          }}
        >
          {text}
        </Link>
      </p>
      <p className="fr-text--xs fr-mb-0">
        <time dateTime={n.createdAt}>{formatDateTime(n.createdAt, i18n.language)}</time>
        {unread && (
          <button
            type="button"
            className="fr-btn fr-btn--sm fr-btn--tertiary-no-outline fr-ml-2w"
            aria-label={t('notifications.markReadOf', { text })}
            disabled={markRead.isPending}
            onClick={() => {
              markRead.mutate(n.id);
            }}
          >
            {t('notifications.markRead')}
          </button>
        )}
      </p>
    </li>
  );
}
