package fr.boucle.notification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** What a person reads of its notifications. */
public final class NotificationViews {

  private NotificationViews() {}

  @Serdeable
  public record Notification(
      long id,
      NotificationKind kind,
      String subject,
      String link,
      Instant createdAt,
      @Nullable Instant readAt) {}

  @Serdeable
  public record Unread(long count) {}
}
