package fr.boucle.insertion.internal;

import fr.boucle.agreement.AgreementLots;
import fr.boucle.agreement.SupplierLots;
import fr.boucle.insertion.EvidenceType;
import fr.boucle.insertion.InsertionViews;
import fr.boucle.shared.security.CurrentUser;
import fr.boucle.shared.security.Role;
import fr.boucle.shared.web.Forbidden;
import fr.boucle.shared.web.ProblemCode;
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
      throw new Forbidden(ProblemCode.HOURS_DECLARERS_ONLY);
    }
    ValidationFailed.Collector errors = new ValidationFailed.Collector();
    Optional<AgreementLots.Lot> lot = lot(user, command.lotId(), errors);
    Integer period = integer(command.periodIndex(), "periodIndex", 0, 99, errors);
    if (lot.isPresent() && period != null && period >= lot.get().periods().periods().size()) {
      errors.add("periodIndex", ProblemCode.LOT_NO_SUCH_PERIOD, "period", period);
    }
    Integer hours = integer(command.hours(), "hours", 1, MAX_HOURS, errors);
    String comment = command.comment() == null ? null : command.comment().strip();
    if (comment != null && comment.length() > 2000) {
      errors.add("comment", ProblemCode.FIELD_AT_MOST_CHARS, "max", 2000);
    }
    EvidenceType type = null;
    String name = fileName(command.evidenceFileName());
    if (command.evidenceTooLarge()) {
      errors.add("evidence", ProblemCode.EVIDENCE_TOO_LARGE);
    } else if (command.evidence() == null || command.evidence().length == 0) {
      errors.add("evidence", ProblemCode.EVIDENCE_REQUIRED);
    } else if (command.evidence().length > EvidenceType.MAX_BYTES) {
      errors.add("evidence", ProblemCode.EVIDENCE_TOO_LARGE);
    } else {
      type = EvidenceType.sniff(command.evidence()).orElse(null);
      if (type == null) {
        errors.add("evidence", ProblemCode.EVIDENCE_KIND);
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
      errors.add("lotId", ProblemCode.LOT_REQUIRED);
      return Optional.empty();
    }
    UUID id;
    try {
      id = UUID.fromString(lotId.strip());
    } catch (IllegalArgumentException e) {
      errors.add("lotId", ProblemCode.NOT_A_LOT_ID);
      return Optional.empty();
    }
    Optional<AgreementLots.Lot> lot =
        lots.awardedTo(user.organisationId()).stream()
            .filter(l -> l.lotId().equals(id))
            .findFirst();
    if (lot.isEmpty()) {
      errors.add("lotId", ProblemCode.NOT_YOUR_LOT_ID);
    } else if (lot.get().insertionHoursTarget() == null) {
      errors.add("lotId", ProblemCode.LOT_NO_SOCIAL_CLAUSE);
      return Optional.empty();
    }
    return lot;
  }

  private static Integer integer(
      @Nullable String value, String field, int min, int max, ValidationFailed.Collector errors) {
    if (value == null || value.isBlank()) {
      errors.add(field, ProblemCode.FIELD_REQUIRED);
      return null;
    }
    try {
      int n = Integer.parseInt(value.strip());
      if (n < min || n > max) {
        errors.add(field, ProblemCode.FIELD_BETWEEN, "min", min, "max", max);
        return null;
      }
      return n;
    } catch (NumberFormatException e) {
      errors.add(field, ProblemCode.WHOLE_NUMBER);
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
