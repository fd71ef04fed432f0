package fr.boucle.reporting;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A purchase the buyer made outside Boucle, entered or imported so that its AGEC totals are the
 * organisation's real ones. Amounts excl. VAT in cents; donations are valued by the buyer (the grid
 * of the arrêté of 29 February 2024 is not shipped).
 */
@Serdeable
public record PurchaseElsewhere(
    UUID id,
    LocalDate purchasedOn,
    String category,
    String description,
    String supplierName,
    long totalExclVatCents,
    long reuseCents,
    long donationCents,
    long recycledCents,
    String enteredBy,
    Instant enteredAt) {

  public AgecTotals totals() {
    return new AgecTotals(category, totalExclVatCents, reuseCents, donationCents, recycledCents);
  }
}
