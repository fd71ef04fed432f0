package fr.boucle.payment;

/**
 * The platform's commission on a payment, from the lot's rate in basis points: the Stripe
 * application fee. Rounded half up to the cent, never more than the amount.
 */
public final class Commission {

  public static final int MAX_BP = 10_000;

  private Commission() {}

  public static long feeCents(long amountCents, int basisPoints) {
    if (basisPoints < 0 || basisPoints > MAX_BP) {
      throw new IllegalArgumentException("commission out of 0..10000 bp: " + basisPoints);
    }
    if (amountCents <= 0) {
      return 0;
    }
    return Math.addExact(Math.multiplyExact(amountCents, basisPoints), MAX_BP / 2) / MAX_BP;
  }
}
