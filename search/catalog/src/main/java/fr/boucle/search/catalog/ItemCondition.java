package fr.boucle.search.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Condition of a refurbished item, best first; stored by its {@link #code()}. */
public enum ItemCondition {
  COMME_NEUF("comme_neuf"),
  TRES_BON_ETAT("tres_bon_etat"),
  BON_ETAT("bon_etat"),
  ETAT_USAGE("etat_usage");

  private final String code;

  ItemCondition(String code) {
    this.code = code;
  }

  /** The keyword stored in the index, e.g. {@code tres_bon_etat}. */
  @JsonValue
  public String code() {
    return code;
  }

  /**
   * The condition stored as {@code code}.
   *
   * @throws IllegalArgumentException for an unknown code
   */
  @JsonCreator
  public static ItemCondition fromCode(String code) {
    for (ItemCondition condition : values()) {
      if (condition.code.equals(code)) {
        return condition;
      }
    }
    throw new IllegalArgumentException("Unknown item condition: " + code);
  }
}
