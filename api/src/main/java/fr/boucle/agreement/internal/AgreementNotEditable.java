package fr.boucle.agreement.internal;

import fr.boucle.shared.web.Message;
import fr.boucle.shared.web.ProblemException;
import io.micronaut.http.HttpStatus;

/** Agreement refused in its current status (e.g. editing an active one). */
public final class AgreementNotEditable extends ProblemException {
  AgreementNotEditable(Message detail) {
    super(HttpStatus.CONFLICT, detail);
  }
}
