package fr.boucle.insertion.internal;

import fr.boucle.insertion.DeclarationStatus;
import fr.boucle.shared.security.CurrentUser;
import fr.boucle.shared.security.Role;
import fr.boucle.shared.web.Forbidden;
import fr.boucle.shared.web.Message;
import fr.boucle.shared.web.NotFound;
import fr.boucle.shared.web.ProblemCode;
import fr.boucle.shared.web.ProblemException;
import fr.boucle.shared.web.ValidationFailed;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * The buyer admin accepts a declaration of insertion hours, or rejects it with a reason; once
 * decided, it stays so (the supplier declares again if needed).
 */
@Singleton
public class DecideDeclaration {

  /** The declaration was decided already. */
  static final class AlreadyDecided extends ProblemException {
    AlreadyDecided(DeclarationStatus status) {
      super(HttpStatus.CONFLICT, ProblemCode.DECLARATION_ALREADY_DECIDED, "status", status);
    }
  }

  private final Declarations declarations;

  DecideDeclaration(Declarations declarations) {
    this.declarations = declarations;
  }

  @Transactional
  public void accept(CurrentUser user, UUID id) {
    decide(user, id, DeclarationStatus.ACCEPTED, null);
  }

  @Transactional
  public void reject(CurrentUser user, UUID id, @Nullable String reason) {
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty() || why.length() > 2000) {
      new ValidationFailed.Collector()
          .add(
              "reason",
              why.isEmpty()
                  ? Message.of(ProblemCode.REJECTION_REASON_REQUIRED)
                  : Message.of(ProblemCode.FIELD_AT_MOST_CHARS, "max", 2000))
          .throwIfAny();
    }
    decide(user, id, DeclarationStatus.REJECTED, why);
  }

  private void decide(
      CurrentUser user, UUID id, DeclarationStatus status, @Nullable String reason) {
    if (!user.isBuyer() || !user.hasRole(Role.BUYER_ADMIN)) {
      throw new Forbidden(ProblemCode.HOURS_DECIDERS_ONLY);
    }
    Declarations.Row row =
        declarations
            .lockedOfBuyer(user.organisationId(), id)
            .orElseThrow(() -> new NotFound("Declaration"));
    if (!row.status().equals(DeclarationStatus.DECLARED.name())) {
      throw new AlreadyDecided(DeclarationStatus.valueOf(row.status()));
    }
    declarations.decide(id, status, user.label(), reason);
  }
}
