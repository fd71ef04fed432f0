package fr.boucle.ordering.internal;

import fr.boucle.ordering.OrderViews;
import fr.boucle.shared.jdbc.Sql;
import fr.boucle.shared.security.CurrentUser;
import fr.boucle.shared.security.Role;
import fr.boucle.shared.web.Forbidden;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The spend ledger per lot, period and service: committed (ordered, not yet invoiced) and invoiced
 * amounts, excl. VAT and VAT, summed from the ledger rows exactly to the cent.
 */
@Singleton
public class SpendLedger {

  private final Sql sql;

  SpendLedger(Sql sql) {
    this.sql = sql;
  }

  public List<OrderViews.SpendRow> rows(
      CurrentUser user,
      @Nullable UUID agreementId,
      @Nullable UUID lotId,
      @Nullable UUID serviceId) {
    if (!user.isBuyer()
        || !(user.hasAnyRole(Role.BUYER_ADMIN, Role.APPROVER, Role.REQUESTER)
            || (user.isApiToken() && user.scopes().contains("spend:read")))) {
      throw new Forbidden("The spend ledger is the buyer's.");
    }
    List<Object> params = new ArrayList<>();
    String where = "a.buyer_id = ?";
    params.add(user.organisationId());
    if (!user.hasRole(Role.BUYER_ADMIN) && !user.isApiToken()) {
      where += " AND e.service_id = ANY(?)";
      params.add(List.copyOf(user.serviceIds()));
    }
    if (agreementId != null) {
      where += " AND a.id = ?";
      params.add(agreementId);
    }
    if (lotId != null) {
      where += " AND l.id = ?";
      params.add(lotId);
    }
    if (serviceId != null) {
      where += " AND e.service_id = ?";
      params.add(serviceId);
    }
    return sql.list(
        "SELECT a.id AS agreement_id, a.reference, l.id AS lot_id, l.number, l.title,"
            + " e.period_index, e.service_id, bs.name AS service_name,"
            + " SUM(e.committed_excl_vat_cents) AS ce, SUM(e.committed_vat_cents) AS cv,"
            + " SUM(e.invoiced_excl_vat_cents) AS ie, SUM(e.invoiced_vat_cents) AS iv"
            + " FROM spend_entry e JOIN agreement_lot l ON l.id = e.lot_id"
            + " JOIN framework_agreement a ON a.id = l.agreement_id"
            + " JOIN buyer_service bs ON bs.id = e.service_id"
            + " WHERE "
            + where
            + " GROUP BY a.id, a.reference, l.id, l.number, l.title, e.period_index, e.service_id,"
            + " bs.name ORDER BY a.reference, l.number, e.period_index, bs.name",
        rs ->
            new OrderViews.SpendRow(
                Sql.uuid(rs, "agreement_id"),
                rs.getString("reference"),
                Sql.uuid(rs, "lot_id"),
                rs.getInt("number"),
                rs.getString("title"),
                rs.getInt("period_index"),
                Sql.uuid(rs, "service_id"),
                rs.getString("service_name"),
                OrderViews.Totals.of(rs.getLong("ce"), rs.getLong("cv")),
                OrderViews.Totals.of(rs.getLong("ie"), rs.getLong("iv"))),
        params.toArray());
  }
}
