package fr.boucle.insertion.internal;

import fr.boucle.agreement.AgreementLots;
import fr.boucle.agreement.SupplierLots;
import fr.boucle.insertion.EvidenceType;
import fr.boucle.insertion.InsertionViews;
import fr.boucle.shared.security.CurrentUser;
import fr.boucle.shared.security.Role;
import fr.boucle.shared.web.Forbidden;
import fr.boucle.shared.web.ValidationFailed;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;

/**
 * A supplier declares the insertion hours worked on one period of a lot it is awarded and whose
 * social clause sets a target, with an evidence file (PDF, JPEG or PNG by its content, at most 10
 * MB). Every bad field is named; nothing is written unless all are right.
 */
@Singleton
public class DeclareHours {

  /** What the supplier sent, as read from the form (strings, so each bad field can be named). */
  public record Command(
      @Nullable String lotId,
      @Nullable String periodIndex,
      @Nullable String hours,
      @Nullable String comment,
      @Nullable String evidenceFileName,
      @Nullable byte[] evidence,
      boolean evidenceTooLarge) {}

  static final int MAX_HOURS = 1_000_000;

  private final SupplierLots lots;
  private final Declarations declarations;
  private final ReadDeclarations reads;

  DeclareHours(SupplierLots lots, Declarations declarations, ReadDeclarations reads) {
    this.lots = lots;
    this.declarations = declarations;
    this.reads = reads;
  }

  @Transactional
  public InsertionViews.DeclarationView declare(CurrentUser user, Command command) {
    if (!user.isSupplier() || !user.hasAnyRole(Role.SUPPLIER_ADMIN, Role.SUPPLIER_STAFF)) {
      throw new Forbidden("Insertion hours are declared by the supplier's people.");
    }
    ValidationFailed.Collector errors = new ValidationFailed.Collector();
    Optional<AgreementLots.Lot> lot = lot(user, command.lotId(), errors);
    Integer period = integer(command.periodIndex(), "periodIndex", 0, 99, errors);
    if (lot.isPresent() && period != null && period >= lot.get().periods().periods().size()) {
      errors.add("periodIndex", "The lot has no period " + period + ".");
    }
    Integer hours = integer(command.hours(), "hours", 1, MAX_HOURS, errors);
    String comment = command.comment() == null ? null : command.comment().strip();
    if (comment != null && comment.length() > 2000) {
      errors.add("comment", "At most 2000 characters.");
    }
    EvidenceType type = null;
    String name = fileName(command.evidenceFileName());
    if (command.evidenceTooLarge()) {
      errors.add("evidence", "The evidence file exceeds 10 MB.");
    } else if (command.evidence() == null || command.evidence().length == 0) {
      errors.add("evidence", "Attach the evidence of the hours (PDF, JPEG or PNG).");
    } else if (command.evidence().length > EvidenceType.MAX_BYTES) {
      errors.add("evidence", "The evidence file exceeds 10 MB.");
    } else {
      type = EvidenceType.sniff(command.evidence()).orElse(null);
      if (type == null) {
        errors.add("evidence", "The evidence must be a PDF, JPEG or PNG file.");
      }
    }
    errors.throwIfAny();
    UUID id = UUID.randomUUID();
    declarations.insert(
        new Declarations.Row(
            id,
            lot.orElseThrow().lotId(),
            lot.get().buyerId(),
            user.organisationId(),
            period,
            hours,
            comment == null || comment.isEmpty() ? null : comment,
            "DECLARED",
            name,
            type.mediaType(),
            command.evidence().length,
            user.label(),
            null,
            null,
            null,
            null),
        command.evidence());
    return reads.ofSupplier(user, id);
  }

  private Optional<AgreementLots.Lot> lot(
      CurrentUser user, @Nullable String lotId, ValidationFailed.Collector errors) {
    if (lotId == null || lotId.isBlank()) {
      errors.add("lotId", "Choose the lot.");
      return Optional.empty();
    }
    UUID id;
    try {
      id = UUID.fromString(lotId.strip());
    } catch (IllegalArgumentException e) {
      errors.add("lotId", "Not a lot id.");
      return Optional.empty();
    }
    Optional<AgreementLots.Lot> lot =
        lots.awardedTo(user.organisationId()).stream()
            .filter(l -> l.lotId().equals(id))
            .findFirst();
    if (lot.isEmpty()) {
      errors.add("lotId", "No lot of yours has this id.");
    } else if (lot.get().insertionHoursTarget() == null) {
      errors.add("lotId", "This lot has no social clause with insertion hours.");
      return Optional.empty();
    }
    return lot;
  }

  private static Integer integer(
      @Nullable String value, String field, int min, int max, ValidationFailed.Collector errors) {
    if (value == null || value.isBlank()) {
      errors.add(field, "Required.");
      return null;
    }
    try {
      int n = Integer.parseInt(value.strip());
      if (n < min || n > max) {
        errors.add(field, "Between " + min + " and " + max + ".");
        return null;
      }
      return n;
    } catch (NumberFormatException e) {
      errors.add(field, "A whole number.");
      return null;
    }
  }

  /** The name the file is kept under: its last path segment, without quotes or controls. */
  static String fileName(@Nullable String original) {
    String name = original == null ? "" : original.replaceAll(".*[/\\\\]", "");
    name = name.replaceAll("[\\p{Cntrl}\"\\\\]", "").strip();
    if (name.isEmpty()) {
      name = "justificatif";
    }
    return name.length() > 200 ? name.substring(name.length() - 200) : name;
  }
}
