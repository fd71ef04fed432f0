package fr.boucle.agreement.internal;

import fr.boucle.agreement.AgreementLots;
import fr.boucle.agreement.SupplierLots;
import fr.boucle.shared.jdbc.Sql;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.UUID;

@Singleton
class DefaultSupplierLots implements SupplierLots {

  private static final String SELECT =
      DefaultAgreementLots.SELECT.replace(
          "WHERE a.buyer_id = ?",
          "WHERE EXISTS (SELECT 1 FROM lot_supplier s WHERE s.lot_id = l.id AND s.supplier_id = ?)");

  private final Sql sql;

  DefaultSupplierLots(Sql sql) {
    this.sql = sql;
  }

  @Override
  public List<AgreementLots.Lot> awardedTo(UUID supplierId) {
    return sql.list(
        SELECT + " ORDER BY a.reference, l.number", DefaultAgreementLots::lot, supplierId);
  }
}
