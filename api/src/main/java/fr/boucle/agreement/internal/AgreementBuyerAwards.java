package fr.boucle.agreement.internal;

import fr.boucle.catalogue.BuyerAwards;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The catalogue's "orderable for me" filter, from the lots of a buyer's agreements in force. */
@Singleton
class AgreementBuyerAwards implements BuyerAwards {

  private final Agreements agreements;

  AgreementBuyerAwards(Agreements agreements) {
    this.agreements = agreements;
  }

  @Override
  public List<Award> activeAwards(UUID buyerOrganisationId, LocalDate day) {
    Map<UUID, Set<String>> bySupplier = new LinkedHashMap<>();
    for (Agreements.Award a : agreements.awardsInForce(buyerOrganisationId, day)) {
      bySupplier.computeIfAbsent(a.supplierId(), k -> new LinkedHashSet<>()).add(a.categoryId());
    }
    List<Award> awards = new ArrayList<>();
    bySupplier.forEach(
        (supplier, categories) -> awards.add(new Award(supplier, Set.copyOf(categories))));
    return awards;
  }
}
