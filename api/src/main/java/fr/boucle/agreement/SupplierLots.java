package fr.boucle.agreement;

import java.util.List;
import java.util.UUID;

/**
 * The lots a supplier is awarded, for the areas that act on the supplier's side of a lot (the
 * insertion hours it declares under a social clause).
 */
public interface SupplierLots {

  /**
   * The lots of ACTIVE and TERMINATED agreements the supplier is awarded, with their periods and
   * maxima, by agreement reference and lot number.
   */
  List<AgreementLots.Lot> awardedTo(UUID supplierId);
}
