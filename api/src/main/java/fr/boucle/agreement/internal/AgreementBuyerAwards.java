package fr.boucle.agreement.internal;

import fr.boucle.catalogue.BuyerAwards;
import fr.boucle.shared.jdbc.Sql;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The catalogue's "orderable for me" filter, from the lots of a buyer's agreements in force. */
@Singleton
class AgreementBuyerAwards implements BuyerAwards {

  private final Sql sql;

  AgreementBuyerAwards(Sql sql) {
    this.sql = sql;
  }

  @Override
  public List<Award> activeAwards(UUID buyerOrganisationId, LocalDate day) {
    Map<UUID, Set<String>> bySupplier = new LinkedHashMap<>();
    sql.list(
        "SELECT s.supplier_id, c.category_id FROM framework_agreement a"
            + " JOIN agreement_lot l ON l.agreement_id = a.id"
            + " JOIN lot_supplier s ON s.lot_id = l.id"
            + " JOIN lot_category c ON c.lot_id = l.id"
            + " WHERE a.buyer_id = ? AND a.status = 'ACTIVE' AND a.start_date <= ? AND a.end_date >= ?"
            + " ORDER BY s.supplier_id, c.category_id",
        rs ->
            bySupplier
                .computeIfAbsent(Sql.uuid(rs, "supplier_id"), k -> new LinkedHashSet<>())
                .add(rs.getString("category_id")),
        buyerOrganisationId,
        day,
        day);
    List<Award> awards = new ArrayList<>();
    bySupplier.forEach(
        (supplier, categories) -> awards.add(new Award(supplier, Set.copyOf(categories))));
    return awards;
  }
}
