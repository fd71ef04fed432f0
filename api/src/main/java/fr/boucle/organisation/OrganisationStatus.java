package fr.boucle.organisation;

/** New organisations wait for the operator's validation before they trade. */
public enum OrganisationStatus {
  PENDING,
  ACTIVE,
  SUSPENDED
}
