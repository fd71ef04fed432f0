package fr.boucle.reporting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.util.List;

/**
 * The emissions a buyer avoided in a year by buying reused rather than new: per taxonomy category
 * bought, the units × the production-stage footprint of the new item, rounded to two significant
 * digits per row; null with a note where no footprint is sourced.
 */
@Serdeable
public record EmissionsReport(
    int year,
    BigDecimal totalAvoidedKgCo2e,
    String method,
    List<SourceRef> sources,
    List<Row> rows) {

  @Serdeable
  public record SourceRef(String title, String url, String licence) {}

  @Serdeable
  public record Row(
      String categoryId,
      String categoryLabel,
      @Nullable String footprintItem,
      long units,
      @Nullable BigDecimal productionKgCo2ePerUnit,
      @Nullable BigDecimal avoidedKgCo2e,
      @Nullable String note) {}
}
