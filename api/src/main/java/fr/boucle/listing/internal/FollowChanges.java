package fr.boucle.listing.internal;

import fr.boucle.listing.ListingViews;
import fr.boucle.listing.StockAccess;
import fr.boucle.shared.security.CurrentUser;
import fr.boucle.shared.web.ProblemCode;
import fr.boucle.shared.web.ValidationFailed;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The change feed of the supplier's listings, for its stock systems: paged by a cursor. */
@Singleton
public class FollowChanges {

  private static final Pattern CURSOR = Pattern.compile("^([0-9]{1,20})-([0-9]{1,20})$");

  private final ListingEvents events;

  FollowChanges(ListingEvents events) {
    this.events = events;
  }

  /** Changes after {@code cursor} in commit order; a change that commits late is never skipped. */
  public ListingViews.Changes changes(CurrentUser user, @Nullable String cursor, int limit) {
    StockAccess.require(user, false);
    long tx = 0;
    long after = 0;
    if (cursor != null && !cursor.isBlank()) {
      Matcher m = CURSOR.matcher(cursor.strip());
      if (!m.matches()) {
        new ValidationFailed.Collector().add("cursor", ProblemCode.CURSOR_UNKNOWN).throwIfAny();
      }
      tx = Long.parseLong(m.group(1));
      after = Long.parseLong(m.group(2));
    }
    List<ListingViews.Change> changes = events.after(user.organisationId(), tx, after, limit + 1);
    boolean more = changes.size() > limit;
    List<ListingViews.Change> page = more ? changes.subList(0, limit) : changes;
    String next =
        page.isEmpty()
            ? (cursor == null || cursor.isBlank() ? "0-0" : cursor.strip())
            : page.get(page.size() - 1).cursor();
    return new ListingViews.Changes(List.copyOf(page), next, more);
  }
}
