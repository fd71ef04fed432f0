package fr.boucle.organisation;

import fr.boucle.shared.security.OrganisationKind;

/** An organisation's sites: a supplier's pickup depots, a buyer's ordering services. */
public enum SiteKind {
  DEPOT("depot", "Depot"),
  SERVICE("buyer_service", "Service");

  private final String auditType;
  private final String noun;

  SiteKind(String auditType, String noun) {
    this.auditType = auditType;
    this.noun = noun;
  }

  /** Whether an organisation of this kind has sites of this kind. */
  public boolean belongsTo(OrganisationKind kind) {
    return switch (this) {
      case DEPOT -> kind == OrganisationKind.SUPPLIER;
      case SERVICE -> kind == OrganisationKind.BUYER;
    };
  }

  /** The object type the audit log records ("depot", "buyer_service"). */
  public String auditType() {
    return auditType;
  }

  /** What a missing one is called ("Depot", "Service"). */
  public String noun() {
    return noun;
  }
}
