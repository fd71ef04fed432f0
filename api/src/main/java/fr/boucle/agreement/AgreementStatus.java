package fr.boucle.agreement;

/**
 * DRAFT is editable and invisible to suppliers; ACTIVE is frozen and orderable; TERMINATED ends it.
 */
public enum AgreementStatus {
  DRAFT,
  ACTIVE,
  TERMINATED
}
