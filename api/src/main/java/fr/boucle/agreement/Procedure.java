package fr.boucle.agreement;

/** The award procedure of a framework agreement (public procurement code). */
public enum Procedure {
  OPEN_TENDER,
  RESTRICTED_TENDER,
  ADAPTED_PROCEDURE,
  NEGOTIATED_PROCEDURE,
  COMPETITIVE_DIALOGUE,
  WITHOUT_PUBLICITY
}
