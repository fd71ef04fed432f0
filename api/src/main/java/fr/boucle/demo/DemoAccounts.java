package fr.boucle.demo;

import fr.boucle.organisation.AccountProvisioning;
import fr.boucle.organisation.Role;
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
    ids.put(
        "fournisseur@boucle.demo",
        provisioning.createPerson(
            supplier,
            "fournisseur@boucle.demo",
            "Awa Diallo",
            PASSWORD,
            Set.of(Role.SUPPLIER_ADMIN),
            Set.of()));
    ids.put(
        "atelier@boucle.demo",
        provisioning.createPerson(
            supplier,
            "atelier@boucle.demo",
            "Karim Benali",
            PASSWORD,
            Set.of(Role.SUPPLIER_STAFF),
            Set.of()));
    ids.put(
        "acheteur@boucle.demo",
        provisioning.createPerson(
            buyer,
            "acheteur@boucle.demo",
            "Louis Martin",
            PASSWORD,
            Set.of(Role.BUYER_ADMIN),
            Set.of()));
    ids.put(
        "demandeur@boucle.demo",
        provisioning.createPerson(
            buyer,
            "demandeur@boucle.demo",
            "Chloé Petit",
            PASSWORD,
            Set.of(Role.REQUESTER),
            Set.of(creches)));
    ids.put(
        "approbateur@boucle.demo",
        provisioning.createPerson(
            buyer,
            "approbateur@boucle.demo",
            "Marc Lefèvre",
            PASSWORD,
            Set.of(Role.APPROVER),
            Set.of(creches)));
    return ids;
  }
}
