package fr.boucle.ordering.internal;

import fr.boucle.organisation.PersonMail;
import fr.boucle.organisation.TradingPartners;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Tells the requester when their order ended without them: expired, or cancelled by the supplier.
 */
@Singleton
class OrderMails {

  private final Orders orders;
  private final TradingPartners partners;
  private final PersonMail mail;

  OrderMails(Orders orders, TradingPartners partners, PersonMail mail) {
    this.orders = orders;
    this.partners = partners;
    this.mail = mail;
  }

  private record About(UUID requesterId, String number, String supplier) {}

  void expired(UUID orderId, long days) {
    about(orderId)
        .ifPresent(o ->
            mail.send(
                o.requesterId(),
                new PersonMail.Letter(
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
                        + "\n"),
                new PersonMail.Letter(
                    "Your order " + o.number() + " expired without approval",
                    "Your order "
                        + o.number()
                        + " from "
                        + o.supplier()
                        + " was not approved within "
                        + days
                        + " days and has expired: the stock and the amount reserved on the lot are"
                        + " released. You may order again if the need remains:\n"
                        + mail.link("/commandes/" + orderId)
                        + "\n")));
  }

  void cancelledBySupplier(UUID orderId, String reason) {
    about(orderId)
        .ifPresent(o ->
            mail.send(
                o.requesterId(),
                new PersonMail.Letter(
                    "Votre commande " + o.number() + " est annulée par " + o.supplier(),
                    o.supplier()
                        + " a annulé votre commande "
                        + o.number()
                        + " : « "
                        + reason
                        + " ». Le stock et le montant réservés sur le lot sont libérés.\n"
                        + mail.link("/commandes/" + orderId)
                        + "\n"),
                new PersonMail.Letter(
                    "Your order " + o.number() + " is cancelled by " + o.supplier(),
                    o.supplier()
                        + " cancelled your order "
                        + o.number()
                        + ": \""
                        + reason
                        + "\". The stock and the amount reserved on the lot are released.\n"
                        + mail.link("/commandes/" + orderId)
                        + "\n")));
  }

  private Optional<About> about(UUID orderId) {
    return orders
        .findById(orderId)
        .map(o ->
            new About(
                o.requesterId(),
                o.number() == null ? "en cours de numérotation" : o.number(),
                partners.withIds(List.of(o.supplierId())).get(o.supplierId()).legalName()));
  }
}
