package fr.boucle.notification.web;

import fr.boucle.notification.NotificationViews;
import fr.boucle.notification.internal.ReadNotifications;
import fr.boucle.shared.security.CurrentUser;
import fr.boucle.shared.web.Page;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@Controller("/api/notifications")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Notifications")
class NotificationController {

  private final ReadNotifications read;

  NotificationController(ReadNotifications read) {
    this.read = read;
  }

  @Get
  @Operation(
      operationId = "listNotifications",
      summary = "My notifications, newest first",
      description =
          "The signed-in person's (403 for API tokens), paged (page from 0, size up to 100): kind"
              + " (NEED_ANSWERED, NEED_MESSAGE, ANSWER_ACCEPTED, NEED_STOCK, NEED_SEARCH_MATCH),"
              + " subject (what it is about), link (the page it leads to), createdAt, readAt.")
  Page<NotificationViews.Notification> list(
      Authentication auth, @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size) {
    return read.page(CurrentUser.from(auth), page, size);
  }

  @Get("/unread")
  @Operation(
      operationId = "countUnreadNotifications",
      summary = "How many of my notifications are unread",
      description = "For the header's bell.")
  NotificationViews.Unread unread(Authentication auth) {
    return read.unread(CurrentUser.from(auth));
  }

  @Post("/{id}/read")
  @Operation(
      operationId = "markNotificationRead",
      summary = "Mark one of my notifications read",
      description = "Another person's notification is 404. Answers the unread count.")
  NotificationViews.Unread markRead(Authentication auth, long id) {
    return read.markRead(CurrentUser.from(auth), id);
  }

  @Post("/read-all")
  @Operation(
      operationId = "markAllNotificationsRead",
      summary = "Mark all my notifications read",
      description = "Answers the unread count (0).")
  NotificationViews.Unread markAllRead(Authentication auth) {
    return read.markAllRead(CurrentUser.from(auth));
  }
}
