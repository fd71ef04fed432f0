package fr.boucle.agreement;

/** How a lot prices an order line. */
public enum PriceTerms {
  /** The supplier's catalogue price less the lot's discount. */
  CATALOGUE_DISCOUNT,
  /** A unit price per category of the taxonomy (the nearest scheduled ancestor applies). */
  UNIT_PRICE_SCHEDULE
}
