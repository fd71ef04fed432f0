package fr.boucle.listing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * A node of the reuse taxonomy. Leaves map to one of the 17 AGEC product categories, a CPV code
 * and, where one exists, an ADEME reference product.
 */
@MappedEntity("category")
@io.micronaut.serde.annotation.Serdeable
public record Category(
    @Id String id,
    @Nullable String parentId,
    String labelFr,
    String labelEn,
    @Nullable String agecCategory,
    @Nullable String cpvCode,
    @Nullable String ademeSlug,
    int position) {

  public String label(boolean english) {
    return english ? labelEn : labelFr;
  }
}
