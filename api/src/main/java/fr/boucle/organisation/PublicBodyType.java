package fr.boucle.organisation;

/** The kind of public body a buyer is. */
public enum PublicBodyType {
  COMMUNE,
  EPCI,
  DEPARTEMENT,
  REGION,
  HOSPITAL,
  STATE_SERVICE,
  OTHER
}
