package fr.boucle.organisation;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Organisations as the areas that trade between them see them (ordering, invoicing): names for
 * documents, a supplier's standing for reserved lots, a buyer's kind for its payment delay.
 */
public interface TradingPartners {

  /** An organisation with what an order shows and checks of it. */
  record Partner(
      UUID id,
      String legalName,
      String siret,
      @Nullable String insertionStatus,
      @Nullable LocalDate insertionValidUntil,
      boolean insertionProofReviewPending,
      boolean active) {}

  /** The organisations with these ids (those that exist), by id. */
  Map<UUID, Partner> withIds(Collection<UUID> ids);

  /** The ids of the organisations whose legal name contains the text (case-insensitive, LIKE). */
  Set<UUID> idsNamed(String text);

  /** A buyer's kind of public body (its legal payment delay depends on it); empty for others. */
  Optional<PublicBodyType> publicBodyType(UUID organisationId);
}
