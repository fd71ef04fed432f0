package fr.boucle.listing;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** How a good came back into use: the categories the AGEC law counts separately. */
public enum Origin {
  REEMPLOI,
  REUTILISATION,
  RECONDITIONNE;

  /** The codes the API and the database speak. */
  public static Set<String> codes() {
    return Arrays.stream(values()).map(Enum::name).collect(Collectors.toUnmodifiableSet());
  }
}
