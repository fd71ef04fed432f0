package fr.boucle.demo;

import fr.boucle.organisation.AccountProvisioning;
import fr.boucle.shared.security.Role;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The demo's sign-in accounts, one per kind of person, all with the same password. */
@Singleton
public class DemoAccounts {

  public static final String PASSWORD = "boucle-demo-2026";

  /** A demo account as the start banner and the sign-in page show it. */
  @Serdeable
  public record Account(String email, String password, String who) {}

  public static final List<Account> ACCOUNTS =
      List.of(
          new Account(
              "fournisseur@boucle.demo", PASSWORD, "Administratrice · Électro Solidaire 93 (SIAE)"),
          new Account("atelier@boucle.demo", PASSWORD, "Équipe stock · Électro Solidaire 93"),
          new Account(
              "acheteur@boucle.demo",
              PASSWORD,
              "Acheteur public · Département de la Seine-Saint-Denis"),
          new Account("demandeur@boucle.demo", PASSWORD, "Demandeuse · Direction des crèches"),
          new Account("approbateur@boucle.demo", PASSWORD, "Approbateur · Direction des crèches"));

  private final AccountProvisioning provisioning;

  DemoAccounts(AccountProvisioning provisioning) {
    this.provisioning = provisioning;
  }

  /** Who a demo account is: at the first supplier or the first buyer, in its first service. */
  private record Person(
      String email, String fullName, Role role, boolean atBuyer, boolean inFirstService) {}

  private static final List<Person> PEOPLE =
      List.of(
          new Person("fournisseur@boucle.demo", "Awa Diallo", Role.SUPPLIER_ADMIN, false, false),
          new Person("atelier@boucle.demo", "Karim Benali", Role.SUPPLIER_STAFF, false, false),
          new Person("acheteur@boucle.demo", "Louis Martin", Role.BUYER_ADMIN, true, false),
          new Person("demandeur@boucle.demo", "Chloé Petit", Role.REQUESTER, true, true),
          new Person("approbateur@boucle.demo", "Marc Lefèvre", Role.APPROVER, true, true));

  /** Creates the accounts and answers their person ids by e-mail. */
  Map<String, UUID> create(DemoDataGenerator generator) {
    UUID supplier = generator.suppliers().get(0).id();
    UUID buyer = generator.buyers().get(0).id();
    UUID creches =
        generator.services().stream()
            .filter(s -> s.organisationId().equals(buyer))
            .findFirst()
            .orElseThrow()
            .id();
    Map<String, UUID> ids = new HashMap<>();
    for (Person p : PEOPLE) {
      ids.put(
          p.email(),
          provisioning.createPerson(
              p.atBuyer() ? buyer : supplier,
              p.email(),
              p.fullName(),
              PASSWORD,
              Set.of(p.role()),
              p.inFirstService() ? Set.of(creches) : Set.of()));
    }
    return ids;
  }
}
