/** In-app notifications (issue 17), mounted under `notifications`. */
export const notificationsFr = {
  bell: 'Notifications',
  unread_zero: 'aucune non lue',
  unread_one: '{{count}} non lue',
  unread_other: '{{count}} non lues',
  title: 'Notifications',
  intro: 'Ce qui s’est passé sur vos besoins, vos réponses et vos recherches enregistrées, du plus récent au plus ancien.',
  empty: 'Aucune notification pour le moment.',
  markAll: 'Tout marquer comme lu',
  markRead: 'Marquer comme lue',
  markReadOf: 'Marquer comme lue : {{text}}',
  new: 'Nouveau',
  pages: 'Pages des notifications',
  count_one: '{{count}} notification',
  count_other: '{{count}} notifications',
  kind: {
    NEED_ANSWERED: 'Nouvelle réponse à votre besoin « {{subject}} »',
    NEED_MESSAGE: 'Nouveau message sur le besoin « {{subject}} »',
    ANSWER_ACCEPTED: 'Votre réponse au besoin « {{subject}} » a été retenue',
    NEED_STOCK: 'Nouveau en stock pour un de vos besoins : {{subject}}',
    NEED_SEARCH_MATCH: 'Nouveau besoin pour vos recherches : {{subject}}',
  },
};

type NotificationsMessages = typeof notificationsFr;

export const notificationsEn: NotificationsMessages = {
  bell: 'Notifications',
  unread_zero: 'none unread',
  unread_one: '{{count}} unread',
  unread_other: '{{count}} unread',
  title: 'Notifications',
  intro: 'What happened to your needs, your answers and your saved searches, newest first.',
  empty: 'No notification yet.',
  markAll: 'Mark all as read',
  markRead: 'Mark as read',
  markReadOf: 'Mark as read: {{text}}',
  new: 'New',
  pages: 'Notification pages',
  count_one: '{{count}} notification',
  count_other: '{{count}} notifications',
  kind: {
    NEED_ANSWERED: 'New answer to your need “{{subject}}”',
    NEED_MESSAGE: 'New message on the need “{{subject}}”',
    ANSWER_ACCEPTED: 'Your answer to the need “{{subject}}” was accepted',
    NEED_STOCK: 'New in stock for one of your needs: {{subject}}',
    NEED_SEARCH_MATCH: 'New need for your searches: {{subject}}',
  },
};
