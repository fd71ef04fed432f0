package fr.boucle.insertion;

/** Where a declaration of insertion hours stands: waiting for the buyer, accepted or rejected. */
public enum DeclarationStatus {
  DECLARED,
  ACCEPTED,
  REJECTED
}
