package fr.boucle.catalogue.internal;

import fr.boucle.catalogue.BuyerAwards;
import io.micronaut.context.annotation.Secondary;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Used until the agreements area provides its own {@link BuyerAwards}: no buyer has any award, so
 * "orderable for me" shows nothing and the interface offers the whole market instead.
 */
@Singleton
@Secondary
class NoBuyerAwards implements BuyerAwards {

  @Override
  public List<Award> activeAwards(UUID buyerOrganisationId, LocalDate day) {
    return List.of();
  }
}
