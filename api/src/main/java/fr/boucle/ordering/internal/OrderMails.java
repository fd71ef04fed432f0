package fr.boucle.ordering.internal;

import fr.boucle.organisation.PersonMail;
import fr.boucle.shared.jdbc.Sql;
import jakarta.inject.Singleton;
import java.util.UUID;

/**
 * Tells the requester when their order ended without them: expired, or cancelled by the supplier.
 */
@Singleton
class OrderMails {

  private final Sql sql;
  private final PersonMail mail;

  OrderMails(Sql sql, PersonMail mail) {
    this.sql = sql;
    this.mail = mail;
  }

  private record About(UUID requesterId, String number, String supplier) {}

  void expired(UUID orderId, long days) {
    about(orderId)
        .ifPresent(o ->
            mail.send(
                o.requesterId(),
                "Votre commande " + o.number() + " a expiré sans approbation",
                "Votre commande "
                    + o.number()
                    + " auprès de "
                    + o.supplier()
                    + " n'a pas été approuvée dans les "
                    + days
                    + " jours : elle a expiré. Le stock et le montant réservés sur le lot sont"
                    + " libérés. Vous pouvez la commander de nouveau si le besoin demeure :\n"
                    + mail.link("/commandes/" + orderId)
                    + "\n\n---\nYour order "
                    + o.number()
                    + " was not approved within "
                    + days
                    + " days and has expired; its stock and amount are released.\n"));
  }

  void cancelledBySupplier(UUID orderId, String reason) {
    about(orderId)
        .ifPresent(o ->
            mail.send(
                o.requesterId(),
                "Votre commande " + o.number() + " est annulée par " + o.supplier(),
                o.supplier()
                    + " a annulé votre commande "
                    + o.number()
                    + " : « "
                    + reason
                    + " ». Le stock et le montant réservés sur le lot sont libérés.\n"
                    + mail.link("/commandes/" + orderId)
                    + "\n\n---\n"
                    + o.supplier()
                    + " cancelled your order "
                    + o.number()
                    + ": \""
                    + reason
                    + "\". Its stock and amount are released.\n"));
  }

  private java.util.Optional<About> about(UUID orderId) {
    return sql.one(
        "SELECT o.requester_id, COALESCE(o.number, 'en cours de numérotation') AS number,"
            + " s.legal_name FROM purchase_order o JOIN organisation s ON s.id = o.supplier_id"
            + " WHERE o.id = ?",
        rs -> new About(Sql.uuid(rs, "requester_id"), rs.getString("number"), rs.getString(3)),
        orderId);
  }
}
