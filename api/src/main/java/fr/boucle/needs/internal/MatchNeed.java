package fr.boucle.needs.internal;

import fr.boucle.catalogue.ListingSearch;
import fr.boucle.catalogue.SearchRequest;
import fr.boucle.catalogue.SearchResult;
import fr.boucle.organisation.BuyerServices;
import fr.boucle.shared.security.CurrentUser;
import fr.boucle.shared.web.NotFound;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The listings in stock today that match a need, best first, shaped like catalogue search items:
 * the catalogue's French search over the need's title within each of its categories, near the
 * delivery service; when the words find little, the category's nearest listings complete it.
 */
@Singleton
public class MatchNeed {

  static final int LIMIT = 20;

  private final NeedAccess access;
  private final ListingSearch search;
  private final BuyerServices services;

  MatchNeed(NeedAccess access, ListingSearch search, BuyerServices services) {
    this.access = access;
    this.search = search;
    this.services = services;
  }

  public List<SearchResult.Item> matches(CurrentUser user, UUID needId) {
    Needs.Row need = access.visible(user, needId);
    if (!user.isBuyer()) {
      throw new NotFound("Need");
    }
    BuyerServices.Service service = services.find(need.buyerId(), need.serviceId()).orElse(null);
    Map<String, SearchResult.Item> found = new LinkedHashMap<>();
    List<String> categories = need.categoryIds().stream().limit(3).toList();
    for (String category : categories) {
      add(
          found,
          search.search(request(need.title(), category, service, SearchRequest.Sort.RELEVANCE)));
    }
    if (found.size() < LIMIT / 2) {
      for (String category : categories) {
        add(found, search.search(request(null, category, service, SearchRequest.Sort.DISTANCE)));
      }
    }
    return new ArrayList<>(found.values()).subList(0, Math.min(LIMIT, found.size()));
  }

  private static void add(Map<String, SearchResult.Item> found, SearchResult result) {
    for (SearchResult.Item item : result.items()) {
      if (item.availableQuantity() > 0) {
        found.putIfAbsent(item.id(), item);
      }
    }
  }

  private static SearchRequest request(
      @Nullable String query,
      String category,
      @Nullable BuyerServices.Service service,
      SearchRequest.Sort sort) {
    boolean located = service != null;
    return new SearchRequest(
        query,
        category,
        List.of(),
        List.of(),
        null,
        List.of(),
        null,
        null,
        List.of(),
        List.of(),
        List.of(),
        true,
        located ? service.latitude() : null,
        located ? service.longitude() : null,
        located ? GreatCircle.NEAR_KM : null,
        located || sort != SearchRequest.Sort.DISTANCE ? sort : SearchRequest.Sort.RELEVANCE,
        0,
        LIMIT,
        null);
  }
}
