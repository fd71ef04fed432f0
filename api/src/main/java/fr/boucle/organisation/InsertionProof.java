package fr.boucle.organisation;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** A supplier's insertion proof: its reference and the day it is valid until. */
public record InsertionProof(@Nullable String reference, @Nullable LocalDate validUntil) {

  /**
   * The proof after a profile update: a supplier's new reference or date replaces the old one when
   * given; buyers have none to change.
   */
  public InsertionProof updatedWith(
      boolean supplier, @Nullable String newReference, @Nullable LocalDate newValidUntil) {
    return new InsertionProof(
        supplier && newReference != null ? newReference : reference,
        supplier && newValidUntil != null ? newValidUntil : validUntil);
  }

  public boolean differsFrom(InsertionProof other) {
    return !Objects.equals(reference, other.reference)
        || !Objects.equals(validUntil, other.validUntil);
  }

  /**
   * Whether a change goes back to the operator's review: a proof the operator checked at
   * validation, changed since, is checked again before it counts.
   */
  public static boolean backToReview(
      InsertionProof before, InsertionProof after, OrganisationStatus status) {
    return after.differsFrom(before) && status != OrganisationStatus.PENDING;
  }

  /** As the audit log records it. */
  public Map<String, String> audited() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("reference", reference == null ? "" : reference);
    m.put("validUntil", validUntil == null ? "" : validUntil.toString());
    return m;
  }
}
