package fr.boucle.organisation;

/** What an organisation is on Boucle. */
public enum OrganisationKind {
  SUPPLIER,
  BUYER,
  OPERATOR
}
