package fr.boucle.needs.internal;

import fr.boucle.needs.AlertFrequency;
import fr.boucle.notification.NotificationKind;
import fr.boucle.notification.Notifications;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Finds the saved searches a newly published need matches — its categories (a search's category
 * covers its sub-categories), département, kind and words — among the people whose organisation may
 * see it ({@code NeedAudience}). Each (search, need) is recorded once; the people who asked for
 * immediate mails are mailed in the publishing transaction, once per person however many of their
 * searches match; the daily ones wait for {@link SendNeedDigests}.
 */
@Singleton
class AlertSavedSearches {

  private final SavedNeedSearches searches;
  private final NeedAccess access;
  private final CategoryAncestry ancestry;
  private final SavedSearchMails mails;
  private final Notifications notifications;

  AlertSavedSearches(
      SavedNeedSearches searches,
      NeedAccess access,
      CategoryAncestry ancestry,
      SavedSearchMails mails,
      Notifications notifications) {
    this.searches = searches;
    this.access = access;
    this.ancestry = ancestry;
    this.mails = mails;
    this.notifications = notifications;
  }

  /** Records the searches the need matches and mails the immediate ones; answers how many. */
  int published(Needs.Row need) {
    Set<String> categories = new LinkedHashSet<>();
    need.categoryIds().forEach(c -> categories.addAll(ancestry.of(c)));
    Map<UUID, Boolean> sees = new LinkedHashMap<>();
    Map<UUID, List<SavedNeedSearches.Row>> immediate = new LinkedHashMap<>();
    int found = 0;
    Set<UUID> matched = new LinkedHashSet<>();
    for (SavedNeedSearches.Row s :
        searches.candidates(need.department(), need.kind(), categories)) {
      if (!s.search()
              .matches(categories, need.department(), need.kind(), need.title(), need.description())
          || !sees.computeIfAbsent(s.supplierId(), supplier -> access.supplierSees(supplier, need))
          || !searches.recordHit(s.id(), need.id(), s.personId())) {
        continue;
      }
      found++;
      matched.add(s.personId());
      if (s.frequency() == AlertFrequency.IMMEDIATE) {
        immediate.computeIfAbsent(s.personId(), p -> new java.util.ArrayList<>()).add(s);
      }
    }
    notifications.notify(
        matched, NotificationKind.NEED_SEARCH_MATCH, need.title(), "/besoins/" + need.id());
    Instant now = Instant.now();
    immediate.forEach((person, from) -> {
      if (!searches.mailed(person, need.id())) {
        mails.immediate(person, need, from);
      }
      searches.handled(person, List.of(need.id()), now);
    });
    return found;
  }
}
