package fr.boucle.notification;

/**
 * What a notification tells; the interface words it (in the person's language) around its subject.
 */
public enum NotificationKind {
  /** A supplier answered one of my needs (subject: the need's title). */
  NEED_ANSWERED,
  /** A new message in a thread of a need's answer I take part in (subject: the need's title). */
  NEED_MESSAGE,
  /** The buyer accepted my answer (subject: the need's title). */
  ANSWER_ACCEPTED,
  /** New stock matches my open need (subject: the listing's title). */
  NEED_STOCK,
  /** A new need matches one of my saved searches (subject: the need's title). */
  NEED_SEARCH_MATCH
}
