package fr.boucle.search.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** How an item re-enters the market (AGEC vocabulary); stored by its {@link #code()}. */
public enum Origin {
  /** Réemploi: given by its owner, used again for the same purpose without becoming waste. */
  REEMPLOI("reemploi"),
  /** Réutilisation: recovered from waste, then used again. */
  REUTILISATION("reutilisation"),
  /** Reconditionné: tested, repaired and restored to working order by a professional. */
  RECONDITIONNE("reconditionne");

  private final String code;

  Origin(String code) {
    this.code = code;
  }

  /** The keyword stored in the index, e.g. {@code reconditionne}. */
  @JsonValue
  public String code() {
    return code;
  }

  /**
   * The origin stored as {@code code}.
   *
   * @throws IllegalArgumentException for an unknown code
   */
  @JsonCreator
  public static Origin fromCode(String code) {
    for (Origin origin : values()) {
      if (origin.code.equals(code)) {
        return origin;
      }
    }
    throw new IllegalArgumentException("Unknown origin: " + code);
  }
}
