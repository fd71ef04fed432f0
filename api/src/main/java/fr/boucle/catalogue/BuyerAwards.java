package fr.boucle.catalogue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What a buyer organisation may order on a given day: each supplier awarded a lot of one of its
 * active framework agreements, with the taxonomy categories the lot covers (a category covers its
 * whole subtree). The catalogue's "orderable for me" filter reads it; the agreements area provides
 * it.
 */
public interface BuyerAwards {

  /** One awarded supplier and the categories (any level of the tree) it may be ordered from. */
  record Award(UUID supplierId, Set<String> categoryIds) {}

  List<Award> activeAwards(UUID buyerOrganisationId, LocalDate day);
}
