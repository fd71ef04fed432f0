package fr.boucle.needs.internal;

import fr.boucle.listing.StockLedger;
import fr.boucle.needs.NeedViews;
import fr.boucle.organisation.BuyerServices;
import fr.boucle.organisation.OrganisationDirectory;
import fr.boucle.organisation.SupplierDepots;
import fr.boucle.shared.security.CurrentUser;
import jakarta.inject.Singleton;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A need's answers as the caller may read them: the buyer all of them, a supplier the ones it
 * answered or joined. Each with its lines named and totalled, and the distance from the delivery
 * service to the nearest depot of the proposed listings.
 */
@Singleton
public class NeedAnswers {

  private final Answers answers;
  private final NeedAccess access;
  private final OrganisationDirectory directory;
  private final StockLedger stock;
  private final SupplierDepots depots;
  private final BuyerServices services;

  NeedAnswers(
      Answers answers,
      NeedAccess access,
      OrganisationDirectory directory,
      StockLedger stock,
      SupplierDepots depots,
      BuyerServices services) {
    this.answers = answers;
    this.access = access;
    this.directory = directory;
    this.stock = stock;
    this.depots = depots;
    this.services = services;
  }

  public List<NeedViews.Answer> list(CurrentUser user, UUID needId) {
    Needs.Row need = access.visible(user, needId);
    List<Answers.Row> rows =
        answers.ofNeed(needId).stream()
            .filter(a -> user.isBuyer() || a.involves(user.organisationId()))
            .toList();
    return views(need, rows);
  }

  NeedViews.Answer one(CurrentUser user, Needs.Row need, UUID answerId) {
    return views(need, List.of(answers.find(answerId).orElseThrow())).get(0);
  }

  /** The answer if the caller may read it (the buyer, or a supplier it involves); 404 otherwise. */
  Answers.Row readable(CurrentUser user, UUID needId, UUID answerId) {
    access.visible(user, needId);
    Answers.Row a =
        answers
            .find(answerId)
            .filter(r -> r.needId().equals(needId))
            .orElseThrow(() -> new fr.boucle.shared.web.NotFound("Answer"));
    if (user.isSupplier() && !a.involves(user.organisationId())) {
      throw new fr.boucle.shared.web.NotFound("Answer");
    }
    return a;
  }

  private List<NeedViews.Answer> views(Needs.Row need, List<Answers.Row> rows) {
    Set<UUID> orgIds = new HashSet<>();
    Set<UUID> listingIds = new HashSet<>();
    for (Answers.Row a : rows) {
      orgIds.add(a.supplierId());
      orgIds.addAll(a.partnerIds());
      a.lines().forEach(l -> listingIds.add(l.listingId()));
    }
    Map<UUID, OrganisationDirectory.Entry> orgs =
        directory.withIds(orgIds).stream()
            .collect(Collectors.toMap(OrganisationDirectory.Entry::id, e -> e));
    Map<UUID, StockLedger.Listing> listings = stock.listings(listingIds);
    Map<UUID, SupplierDepots.Depot> depotById =
        depots
            .withIds(
                listings.values().stream().map(StockLedger.Listing::depotId).distinct().toList())
            .stream()
            .collect(Collectors.toMap(SupplierDepots.Depot::id, d -> d));
    BuyerServices.Service service =
        services.withIds(List.of(need.serviceId())).stream().findFirst().orElse(null);
    return rows.stream()
        .map(a -> {
          List<NeedViews.AnswerLine> lines =
              a.lines().stream()
                  .map(l -> {
                    StockLedger.Listing listing = listings.get(l.listingId());
                    return new NeedViews.AnswerLine(
                        l.listingId(),
                        listing == null ? "" : listing.title(),
                        listing == null ? "" : listing.categoryId(),
                        l.quantity(),
                        l.unitPriceExclVatCents(),
                        l.unitPriceExclVatCents() * l.quantity());
                  })
                  .toList();
          Double distance =
              service == null
                  ? null
                  : a.lines().stream()
                      .map(l -> listings.get(l.listingId()))
                      .filter(Objects::nonNull)
                      .map(l -> depotById.get(l.depotId()))
                      .filter(Objects::nonNull)
                      .map(dep -> km(service, dep))
                      .min(Double::compare)
                      .orElse(null);
          return new NeedViews.Answer(
              a.id(),
              a.needId(),
              ref(orgs, a.supplierId()),
              a.partnerIds().stream().map(p -> ref(orgs, p)).toList(),
              a.kind(),
              a.message(),
              a.offer(),
              a.availableOn(),
              a.status(),
              lines,
              lines.stream().mapToLong(NeedViews.AnswerLine::lineExclVatCents).sum(),
              distance,
              a.messageCount(),
              a.createdAt());
        })
        .toList();
  }

  private static NeedViews.SupplierRef ref(Map<UUID, OrganisationDirectory.Entry> orgs, UUID id) {
    OrganisationDirectory.Entry e = orgs.get(id);
    return new NeedViews.SupplierRef(
        id,
        e == null ? "" : e.legalName(),
        e == null || e.insertionStatus() == null ? null : e.insertionStatus().name());
  }

  /** Great-circle distance in km, rounded to one decimal. */
  private static double km(BuyerServices.Service s, SupplierDepots.Depot d) {
    double km =
        GreatCircle.km(
            s.latitude(), s.longitude(), d.latitude().doubleValue(), d.longitude().doubleValue());
    return Math.round(km * 10) / 10.0;
  }
}
