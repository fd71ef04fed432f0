package fr.boucle.needs.internal;

import fr.boucle.listing.SupplierStock;
import fr.boucle.organisation.OrganisationAdmins;
import fr.boucle.organisation.PersonMail;
import jakarta.inject.Singleton;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Tells the suppliers a new need concerns: those with stock on sale in its categories whose reach
 * the need's visibility admits (active, serving the département, or an insertion structure). The
 * mails are queued in the publishing transaction (the outbox sends them once it commits), one per
 * administrator of each supplier.
 */
@Singleton
class NotifySuppliers {

  private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final SupplierStock stock;
  private final NeedAccess access;
  private final OrganisationAdmins admins;
  private final PersonMail mail;

  NotifySuppliers(
      SupplierStock stock, NeedAccess access, OrganisationAdmins admins, PersonMail mail) {
    this.stock = stock;
    this.access = access;
    this.admins = admins;
    this.mail = mail;
  }

  /** Mails the concerned suppliers' administrators; answers how many suppliers were told. */
  int published(Needs.Row need, String buyerName) {
    List<UUID> concerned =
        access.suppliersSeeing(stock.suppliersWithStockIn(need.categoryIds()), need);
    PersonMail.Letter french =
        new PersonMail.Letter("Nouveau besoin : " + need.title(), body(need, buyerName));
    PersonMail.Letter english =
        new PersonMail.Letter(
            "New need: " + need.title(),
            buyerName
                + " is looking for: "
                + need.title()
                + " (quantity "
                + need.quantity()
                + ", département "
                + need.department()
                + ").\n\nYou have items of these categories in stock. Answers until "
                + need.closingDate()
                + ":\n"
                + mail.link("/besoins/" + need.id())
                + "\n");
    for (Map.Entry<UUID, List<UUID>> org : admins.of(concerned).entrySet()) {
      for (UUID person : org.getValue()) {
        mail.send(person, french, english);
      }
    }
    return concerned.size();
  }

  private String body(Needs.Row need, String buyerName) {
    return buyerName
        + " cherche : "
        + need.title()
        + " (quantité "
        + need.quantity()
        + ", département "
        + need.department()
        + ").\n\nVous avez en stock des articles de ces catégories. Réponses jusqu'au "
        + FRENCH.format(need.closingDate())
        + " :\n"
        + mail.link("/besoins/" + need.id())
        + "\n";
  }
}
