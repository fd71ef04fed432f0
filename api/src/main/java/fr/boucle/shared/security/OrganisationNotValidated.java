package fr.boucle.shared.security;

import fr.boucle.shared.web.Forbidden;

/** An organisation that is not active (awaiting validation, suspended) tried to trade. */
public class OrganisationNotValidated extends Forbidden {

  public OrganisationNotValidated(String organisationStatus, String action) {
    super(
        "Your organisation's status is "
            + organisationStatus
            + ("PENDING".equals(organisationStatus) ? " (awaiting the operator's validation)" : "")
            + ": it cannot "
            + action
            + " until it is active. You may complete its profile meanwhile.");
  }
}
