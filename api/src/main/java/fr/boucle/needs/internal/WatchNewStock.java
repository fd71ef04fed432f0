package fr.boucle.needs.internal;

import fr.boucle.listing.SupplierStock;
import fr.boucle.notification.NotificationKind;
import fr.boucle.notification.Notifications;
import fr.boucle.organisation.BuyerServices;
import fr.boucle.organisation.PersonMail;
import fr.boucle.organisation.SupplierDepots;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells a buyer when stock matching one of its open needs goes on sale: every minute, the listings
 * published since the last look and those already on sale whose available quantity came back from 0
 * to more than 0, each matched against the open needs of its category or the categories above it
 * whose visibility admits its supplier and whose delivery service is within {@link
 * GreatCircle#NEAR_KM} of the listing's depot (the same radius as the buyer's matches); the need's
 * author gets one e-mail and one notification per listing and need, ever (need_stock_match). The
 * look starts a few minutes before the watermark, so a publication that committed late is not
 * missed; the match table keeps it from being told twice. The directory, depots, services and
 * taxonomy are read once per sweep, and each listing's needs in one query: a listing costs the same
 * with 100 or 10,000 open needs elsewhere.
 */
@Singleton
public class WatchNewStock {

  private static final Logger LOG = LoggerFactory.getLogger(WatchNewStock.class);
  private static final Duration LATE_COMMITS = Duration.ofMinutes(5);
  private static final int BATCH = 500;

  private final Needs needs;
  private final NeedAccess access;
  private final SupplierStock stock;
  private final SupplierDepots depots;
  private final BuyerServices services;
  private final CategoryAncestry ancestry;
  private final PersonMail mail;
  private final Notifications notifications;

  WatchNewStock(
      Needs needs,
      NeedAccess access,
      SupplierStock stock,
      SupplierDepots depots,
      BuyerServices services,
      CategoryAncestry ancestry,
      PersonMail mail,
      Notifications notifications) {
    this.needs = needs;
    this.access = access;
    this.stock = stock;
    this.depots = depots;
    this.services = services;
    this.ancestry = ancestry;
    this.mail = mail;
    this.notifications = notifications;
  }

  /** Looks at the new publications and restocks; answers how many (need, listing) it told. */
  @Scheduled(
      fixedDelay = "${boucle.needs.stock-watch:1m}",
      initialDelay = "${boucle.needs.stock-watch-start:30s}")
  @Transactional
  public int sweep() {
    Instant watermark = needs.lockWatermark();
    List<SupplierStock.Published> newlyPublished =
        stock.publishedSince(watermark.minus(LATE_COMMITS), BATCH);
    List<SupplierStock.Published> restocked =
        stock.restockedSince(watermark.minus(LATE_COMMITS), BATCH);
    List<SupplierStock.Published> published = new ArrayList<>(newlyPublished);
    published.addAll(restocked);
    // A full batch leaves the rest of its list for the next look: the watermark stays before it.
    Instant cap = null;
    for (List<SupplierStock.Published> batch : List.of(newlyPublished, restocked)) {
      if (batch.size() == BATCH) {
        Instant last = batch.get(BATCH - 1).publishedAt();
        cap = cap == null || last.isBefore(cap) ? last : cap;
      }
    }
    if (published.isEmpty()) {
      return 0;
    }
    LocalDate today = NeedAccess.today();
    Map<UUID, Needs.Scope> reach =
        access.activeSupplierScopes(
            published.stream()
                .map(SupplierStock.Published::supplierId)
                .collect(Collectors.toSet()));
    Map<UUID, SupplierDepots.Depot> depotById =
        depots
            .withIds(
                published.stream()
                    .map(SupplierStock.Published::depotId)
                    .collect(Collectors.toSet()))
            .stream()
            .collect(Collectors.toMap(SupplierDepots.Depot::id, d -> d));
    Map<String, String> taxonomy = ancestry.parents();
    Map<UUID, BuyerServices.Service> serviceById = new HashMap<>();
    int told = 0;
    Instant newest = watermark;
    for (SupplierStock.Published listing : published) {
      if (listing.publishedAt().isAfter(newest)) {
        newest = listing.publishedAt();
      }
      Needs.Scope supplier = reach.get(listing.supplierId());
      SupplierDepots.Depot depot = depotById.get(listing.depotId());
      if (supplier == null || depot == null) {
        continue;
      }
      List<Needs.Candidate> candidates =
          needs.openFor(CategoryAncestry.of(listing.categoryId(), taxonomy), supplier, today);
      List<Needs.Candidate> near = near(candidates, depot, serviceById);
      Set<UUID> fresh =
          needs.recordMatches(listing.listingId(), near.stream().map(Needs.Candidate::id).toList());
      for (Needs.Candidate need : near) {
        if (fresh.contains(need.id())) {
          tell(need, listing);
          told++;
        }
      }
    }
    if (cap != null && cap.isBefore(newest)) {
      newest = cap.isAfter(watermark) ? cap : watermark;
    }
    needs.moveWatermark(newest);
    if (told > 0) {
      LOG.info("{} new listing(s) told to the buyers of matching needs", told);
    }
    return told;
  }

  /** The needs delivered within reach of the depot; services read once per sweep. */
  private List<Needs.Candidate> near(
      List<Needs.Candidate> candidates,
      SupplierDepots.Depot depot,
      Map<UUID, BuyerServices.Service> serviceById) {
    List<UUID> unknown =
        candidates.stream()
            .map(Needs.Candidate::serviceId)
            .filter(id -> !serviceById.containsKey(id))
            .distinct()
            .toList();
    if (!unknown.isEmpty()) {
      services.withIds(unknown).forEach(s -> serviceById.put(s.id(), s));
    }
    double lat = depot.latitude().doubleValue();
    double lon = depot.longitude().doubleValue();
    List<Needs.Candidate> near = new ArrayList<>();
    for (Needs.Candidate need : candidates) {
      BuyerServices.Service service = serviceById.get(need.serviceId());
      if (service != null
          && GreatCircle.km(service.latitude(), service.longitude(), lat, lon)
              <= GreatCircle.NEAR_KM) {
        near.add(need);
      }
    }
    return near;
  }

  private void tell(Needs.Candidate need, SupplierStock.Published listing) {
    notifications.notify(
        List.of(need.authorId()),
        NotificationKind.NEED_STOCK,
        listing.title(),
        "/catalogue/" + listing.listingId());
    String item = mail.link("/catalogue/" + listing.listingId());
    String page = mail.link("/besoins/" + need.id());
    mail.send(
        need.authorId(),
        new PersonMail.Letter(
            "Nouveau en stock pour votre besoin : " + need.title(),
            "Un article correspondant à votre besoin « "
                + need.title()
                + " » vient d'être mis en vente : "
                + listing.title()
                + ".\n"
                + item
                + "\n\nVotre besoin et ses réponses :\n"
                + page
                + "\n"),
        new PersonMail.Letter(
            "New in stock for your need: " + need.title(),
            "An item matching your need \""
                + need.title()
                + "\" has just been put on sale: "
                + listing.title()
                + ".\n"
                + item
                + "\n\nYour need and its answers:\n"
                + page
                + "\n"));
  }
}
