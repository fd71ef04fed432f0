package fr.boucle.needs.internal;

import fr.boucle.listing.Categories;
import fr.boucle.listing.Category;
import fr.boucle.needs.AnswerKind;
import fr.boucle.needs.NeedViews;
import fr.boucle.organisation.BuyerServices;
import fr.boucle.organisation.OrganisationDirectory;
import fr.boucle.shared.security.CurrentUser;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Turns stored needs into what the board shows: buyer, service and category names. */
@Singleton
class NeedCards {

  private final OrganisationDirectory directory;
  private final BuyerServices services;
  private final Categories categories;
  private final Answers answers;

  NeedCards(
      OrganisationDirectory directory,
      BuyerServices services,
      Categories categories,
      Answers answers) {
    this.directory = directory;
    this.services = services;
    this.categories = categories;
    this.answers = answers;
  }

  List<NeedViews.NeedSummary> summaries(
      CurrentUser user, Collection<Needs.Row> rows, boolean english) {
    if (rows.isEmpty()) {
      return List.of();
    }
    Map<UUID, String> buyers =
        directory.withIds(rows.stream().map(Needs.Row::buyerId).distinct().toList()).stream()
            .collect(
                Collectors.toMap(
                    OrganisationDirectory.Entry::id, OrganisationDirectory.Entry::legalName));
    Map<UUID, String> serviceNames =
        services.withIds(rows.stream().map(Needs.Row::serviceId).distinct().toList()).stream()
            .collect(Collectors.toMap(BuyerServices.Service::id, BuyerServices.Service::name));
    Map<String, String> labels = labels(english);
    Map<UUID, AnswerKind> mine = new HashMap<>();
    if (user.isSupplier()) {
      for (Needs.Row r : rows) {
        answers.ofNeed(r.id()).stream()
            .filter(a -> a.involves(user.organisationId()))
            .findFirst()
            .ifPresent(a -> mine.put(r.id(), a.kind()));
      }
    }
    return rows.stream()
        .map(r ->
            summary(
                r,
                buyers.get(r.buyerId()),
                serviceNames.get(r.serviceId()),
                labels,
                mine.get(r.id())))
        .toList();
  }

  Map<String, String> labels(boolean english) {
    Map<String, String> labels = new HashMap<>();
    for (Category c : categories.findAllOrderByPosition()) {
      labels.put(c.id(), c.label(english));
    }
    return labels;
  }

  private static NeedViews.NeedSummary summary(
      Needs.Row r,
      String buyerName,
      String serviceName,
      Map<String, String> labels,
      @Nullable AnswerKind mine) {
    return new NeedViews.NeedSummary(
        r.id(),
        r.title(),
        r.buyerId(),
        buyerName,
        r.serviceId(),
        serviceName,
        r.department(),
        r.categoryIds().stream()
            .map(id -> new NeedViews.CategoryRef(id, labels.getOrDefault(id, id)))
            .toList(),
        r.quantity(),
        r.kind(),
        r.visibility(),
        r.status(),
        r.openOn(NeedAccess.today()),
        r.closingDate(),
        r.targetDate(),
        r.budgetMinCents(),
        r.budgetMaxCents(),
        r.proposalCount(),
        mine,
        r.createdAt());
  }
}
