package fr.boucle.listing;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** The state a reused good is sold in, from the grid reuse structures already use. */
public enum Condition {
  COMME_NEUF,
  TRES_BON_ETAT,
  BON_ETAT,
  ETAT_USAGE;

  /** The codes the API and the database speak. */
  public static Set<String> codes() {
    return Arrays.stream(values()).map(Enum::name).collect(Collectors.toUnmodifiableSet());
  }
}
