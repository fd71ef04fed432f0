package fr.boucle.agreement.internal;

import fr.boucle.agreement.AgreementAudience;
import fr.boucle.agreement.AgreementStatus;
import fr.boucle.agreement.AgreementViews;
import fr.boucle.organisation.OrganisationDirectory;
import fr.boucle.shared.security.CurrentUser;
import fr.boucle.shared.web.Page;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The framework agreements a caller sees, one page at a time, with their lot counts. */
@Singleton
public class ListAgreements {

  private final Agreements agreements;
  private final Lots lots;
  private final LotSuppliers suppliers;
  private final OrganisationDirectory directory;

  ListAgreements(
      Agreements agreements, Lots lots, LotSuppliers suppliers, OrganisationDirectory directory) {
    this.agreements = agreements;
    this.lots = lots;
    this.suppliers = suppliers;
    this.directory = directory;
  }

  public Page<AgreementViews.AgreementSummary> list(
      CurrentUser user,
      @Nullable AgreementStatus status,
      @Nullable String q,
      @Nullable Integer page,
      @Nullable Integer size,
      @Nullable String sort) {
    int p = Page.clampPage(page);
    int s = Page.clampSize(size);
    AgreementAudience audience = AgreementAudience.of(user);
    Agreements.Found found = agreements.search(audience, status, q, sort, p, s);
    Map<UUID, Integer> lotCounts = lotCounts(found.rows(), audience);
    Map<UUID, OrganisationDirectory.Entry> buyers =
        directory.withIds(found.rows().stream().map(Agreements.Row::buyerId).toList()).stream()
            .collect(Collectors.toMap(OrganisationDirectory.Entry::id, Function.identity()));
    LocalDate today = LocalDate.now(ViewAgreement.PARIS);
    List<AgreementViews.AgreementSummary> items =
        found.rows().stream()
            .map(a -> {
              OrganisationDirectory.Entry buyer = buyers.get(a.buyerId());
              return new AgreementViews.AgreementSummary(
                  a.id(),
                  a.reference(),
                  a.title(),
                  a.procedure(),
                  a.startDate(),
                  a.endDate(),
                  a.status(),
                  a.inForceOn(today),
                  lotCounts.getOrDefault(a.id(), 0),
                  new AgreementViews.Party(buyer.id(), buyer.legalName(), buyer.siret(), null));
            })
            .toList();
    return new Page<>(items, p, s, found.total());
  }

  /** Lots per agreement; a supplier counts only the lots it is awarded. */
  private Map<UUID, Integer> lotCounts(List<Agreements.Row> rows, AgreementAudience audience) {
    if (rows.isEmpty()) {
      return Map.of();
    }
    List<Lots.Row> all = lots.findByAgreementIdIn(rows.stream().map(Agreements.Row::id).toList());
    Set<UUID> counted;
    if (audience.seesOnlyItsLots() && !all.isEmpty()) {
      counted = new HashSet<>();
      for (LotSuppliers.Row s : suppliers.ofLots(all.stream().map(Lots.Row::id).toList())) {
        if (s.id().supplierId().equals(audience.organisationId())) {
          counted.add(s.id().lotId());
        }
      }
    } else {
      counted = null;
    }
    Map<UUID, Integer> counts = new HashMap<>();
    for (Lots.Row l : all) {
      if (counted == null || counted.contains(l.id())) {
        counts.merge(l.agreementId(), 1, Integer::sum);
      }
    }
    return counts;
  }
}
