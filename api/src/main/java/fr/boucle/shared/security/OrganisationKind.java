package fr.boucle.shared.security;

/** What an organisation is on Boucle. */
public enum OrganisationKind {
  SUPPLIER,
  BUYER,
  OPERATOR
}
