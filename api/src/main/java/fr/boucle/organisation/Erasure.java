package fr.boucle.organisation;

import java.util.Locale;

/**
 * What remains of a person who asked for their account to be erased (RGPD art. 17): a stable
 * number, the pseudonym orders, invoices and the audit trail show instead of their name, and an
 * address that is unique (the column is) yet can never be delivered to (the reserved {@code
 * .invalid} domain, RFC 2606).
 */
public record Erasure(int number) {

  /** The domain of placeholder addresses: reserved, never resolved. */
  public static final String PLACEHOLDER_DOMAIN = "efface.invalid";

  public Erasure {
    if (number < 1) {
      throw new IllegalArgumentException("an erasure number starts at 1");
    }
  }

  /** "Agent supprimé #12": what is shown where the person's name or address was. */
  public String pseudonym() {
    return "Agent supprimé #" + number;
  }

  /** "supprime-12@efface.invalid": the person's address once erased. */
  public String placeholderEmail() {
    return "supprime-" + number + "@" + PLACEHOLDER_DOMAIN;
  }

  /** Whether an address is an erased person's placeholder (no mail is ever sent to it). */
  public static boolean isPlaceholder(String email) {
    return email != null && email.toLowerCase(Locale.ROOT).endsWith("@" + PLACEHOLDER_DOMAIN);
  }
}
