package fr.boucle.needs.internal;

import fr.boucle.needs.NeedSearch;
import fr.boucle.needs.SavedSearches;
import fr.boucle.organisation.SecretToken;
import fr.boucle.shared.security.CurrentUser;
import fr.boucle.shared.web.NotFound;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/**
 * A supplier's person keeps its saved searches of needs: lists, saves, edits (criteria and how
 * often it is mailed) and deletes them. Another person's search is not found (404). Anyone holding
 * a mail's unsubscribe link stops the mails of the searches it came from, without signing in.
 */
@Singleton
public class ManageSavedSearches {

  private final SavedNeedSearches searches;
  private final CategoryAncestry ancestry;

  ManageSavedSearches(SavedNeedSearches searches, CategoryAncestry ancestry) {
    this.searches = searches;
    this.ancestry = ancestry;
  }

  public List<SavedSearches.SavedSearch> list(CurrentUser user) {
    NeedAccess.requireSupplierPerson(user);
    return searches.ofPerson(user.personId()).stream().map(SavedNeedSearches.Row::view).toList();
  }

  @Transactional
  public SavedSearches.SavedSearch create(CurrentUser user, SavedSearches.Save save) {
    NeedAccess.requireSupplierPerson(user);
    NeedSearch search = NeedSearch.check(save, ancestry::exists);
    UUID id = UUID.randomUUID();
    searches.insert(
        id, user.personId(), user.organisationId(), save.name().strip(), search, save.frequency());
    return searches.find(id).orElseThrow().view();
  }

  @Transactional
  public SavedSearches.SavedSearch update(CurrentUser user, UUID id, SavedSearches.Save save) {
    mine(user, id);
    NeedSearch search = NeedSearch.check(save, ancestry::exists);
    searches.update(id, save.name().strip(), search, save.frequency());
    return searches.find(id).orElseThrow().view();
  }

  @Transactional
  public void delete(CurrentUser user, UUID id) {
    mine(user, id);
    searches.delete(id);
  }

  /** Stops the mails of the searches a link names; 404 for an unknown link. */
  @Transactional
  public SavedSearches.Unsubscribed unsubscribe(String token) {
    List<SavedNeedSearches.Row> named =
        searches.byUnsubscribeToken(SecretToken.hashOf(token == null ? "" : token));
    if (named.isEmpty()) {
      throw new NotFound("Unsubscribe link");
    }
    searches.stopMails(named.stream().map(SavedNeedSearches.Row::id).toList());
    return new SavedSearches.Unsubscribed(named.stream().map(SavedNeedSearches.Row::name).toList());
  }

  private SavedNeedSearches.Row mine(CurrentUser user, UUID id) {
    NeedAccess.requireSupplierPerson(user);
    return searches
        .find(id)
        .filter(s -> s.personId().equals(user.personId()))
        .orElseThrow(() -> new NotFound("Saved search"));
  }
}
