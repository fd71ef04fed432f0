import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useUnreadNotifications } from '../lib/notifications';

/**
 * The header's bell: a link to /notifications whose accessible name says how many are unread (the
 * badge's figure alone is hidden from screen readers, which read the words instead).
 */
export function NotificationBell({ testId }: { testId?: string }) {
  const { t } = useTranslation();
  const unread = useUnreadNotifications(true);
  const count = unread.data?.count ?? 0;
  return (
    <Link
      className="fr-btn fr-btn--sm fr-btn--tertiary-no-outline fr-icon-notification-badge-line fr-btn--icon-left boucle-bell"
      to="/notifications"
      data-testid={testId}
    >
      {t('notifications.bell')}
      {count > 0 && (
        <span className="fr-badge fr-badge--sm fr-badge--info fr-badge--no-icon fr-ml-1v" aria-hidden="true">
          {count > 99 ? '99+' : count}
        </span>
      )}
      {unread.data !== undefined && <span className="fr-sr-only">{` (${t('notifications.unread', { count })})`}</span>}
    </Link>
  );
}
