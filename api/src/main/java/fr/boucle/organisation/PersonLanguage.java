package fr.boucle.organisation;

import java.util.UUID;

/**
 * A person's language (person.language: "fr" or "en", chosen in the interface), for documents
 * another area prints for them, like the yearly report.
 */
public interface PersonLanguage {

  /** True when the person reads English; French for anyone else or unknown. */
  boolean english(UUID personId);
}
