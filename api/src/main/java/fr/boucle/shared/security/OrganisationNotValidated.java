package fr.boucle.shared.security;

import fr.boucle.shared.web.Forbidden;
import fr.boucle.shared.web.ProblemCode;

/** An organisation that is not active (awaiting validation, suspended) tried to trade. */
public class OrganisationNotValidated extends Forbidden {

  public OrganisationNotValidated(String organisationStatus, String action) {
    super(
        "PENDING".equals(organisationStatus)
            ? ProblemCode.ORGANISATION_PENDING
            : ProblemCode.ORGANISATION_NOT_ACTIVE,
        "status",
        organisationStatus,
        "action",
        action);
  }
}
