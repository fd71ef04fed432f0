package fr.boucle.payment;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.stripe.net.Webhook;
import fr.boucle.invoicing.InvoiceDocument;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Stripe as the payment tests see it: response bodies from Stripe's published fixtures (test
 * resources under stripe/) with the fields a test depends on overridden, webhook events signed with
 * Stripe's scheme, and readers of what WireMock received.
 */
final class StripeFixtures {

  private StripeFixtures() {}

  static JsonObject fixture(String name) {
    try (InputStream in = StripeFixtures.class.getResourceAsStream("/stripe/" + name + ".json")) {
      return JsonParser.parseString(new String(in.readAllBytes(), StandardCharsets.UTF_8))
          .getAsJsonObject();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static String id(String prefix) {
    return prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
  }

  static JsonObject account(String id, boolean enabled) {
    JsonObject account = fixture("account");
    account.addProperty("id", id);
    account.addProperty("country", "FR");
    account.addProperty("charges_enabled", enabled);
    account.addProperty("payouts_enabled", enabled);
    account.addProperty("details_submitted", enabled);
    JsonArray due = new JsonArray();
    if (!enabled) {
      due.add("external_account");
    }
    account.getAsJsonObject("requirements").add("currently_due", due);
    return account;
  }

  static JsonObject invoice(String id, String status, long amountDue, long amountPaid, UUID ours) {
    JsonObject invoice = fixture("invoice");
    invoice.addProperty("id", id);
    invoice.addProperty("status", status);
    invoice.addProperty("currency", "eur");
    invoice.addProperty("collection_method", "send_invoice");
    invoice.addProperty("amount_due", amountDue);
    invoice.addProperty("amount_paid", amountPaid);
    invoice.addProperty("amount_remaining", amountDue - amountPaid);
    JsonObject metadata = new JsonObject();
    metadata.addProperty("boucle_invoice_id", ours.toString());
    invoice.add("metadata", metadata);
    if (invoice.has("status_transitions") && invoice.get("status_transitions").isJsonObject()) {
      invoice
          .getAsJsonObject("status_transitions")
          .addProperty("paid_at", "paid".equals(status) ? Instant.now().getEpochSecond() : null);
    }
    return invoice;
  }

  static JsonObject session(String id, String paymentStatus, long amount, UUID ours) {
    JsonObject session = fixture("checkout_session");
    session.addProperty("id", id);
    session.addProperty("payment_status", paymentStatus);
    session.addProperty("status", "paid".equals(paymentStatus) ? "complete" : "open");
    session.addProperty("amount_total", amount);
    session.addProperty("currency", "eur");
    session.addProperty("url", "https://checkout.stripe.com/c/pay/" + id);
    JsonObject metadata = new JsonObject();
    metadata.addProperty("boucle_invoice_id", ours.toString());
    session.add("metadata", metadata);
    return session;
  }

  static JsonObject error(String type, String message) {
    JsonObject error = new JsonObject();
    error.addProperty("type", type);
    error.addProperty("message", message);
    JsonObject body = new JsonObject();
    body.add("error", error);
    return body;
  }

  /**
   * A webhook event about {@code object}, as Stripe sends it (a connected account's when given).
   */
  static String event(String id, String type, String account, JsonObject object) {
    JsonObject event = fixture("event");
    event.addProperty("id", id);
    event.addProperty("type", type);
    event.addProperty("created", Instant.now().getEpochSecond());
    if (account != null) {
      event.addProperty("account", account);
    }
    JsonObject data = new JsonObject();
    data.add("object", object);
    event.add("data", data);
    return event.toString();
  }

  /** The Stripe-Signature header: t=timestamp, v1=HMAC-SHA256 of "timestamp.payload". */
  static String sign(String payload, String secret, long timestamp) {
    try {
      return Webhook.Signature.generateSignatureHeader(payload, secret, timestamp);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The form parameters of a request WireMock received, decoded. */
  static String form(ServeEvent event) {
    return URLDecoder.decode(event.getRequest().getBodyAsString(), StandardCharsets.UTF_8);
  }

  static List<ServeEvent> requests(WireMockServer stripe, String method, String path) {
    return stripe.getAllServeEvents().stream()
        .filter(e -> String.valueOf(e.getRequest().getMethod()).equals(method))
        .filter(e -> e.getRequest().getUrl().split("\\?")[0].equals(path))
        .toList();
  }

  /** An issued invoice of 1 200 € incl. VAT (two lines at 20 %), due in 30 days. */
  static InvoiceDocument document(UUID id, String number) {
    InvoiceDocument.Address address =
        new InvoiceDocument.Address("12 rue des Ateliers", "93100", "Montreuil", "FR");
    InvoiceDocument.Party seller =
        new InvoiceDocument.Party(
            "Atelier du Réemploi",
            "12345678200010",
            "FR32123456782",
            address,
            "vente@atelier.test",
            "vente@atelier.test");
    InvoiceDocument.Party buyer =
        new InvoiceDocument.Party(
            "Département Test",
            "22930001300017",
            null,
            address,
            "22930001300017",
            "compta@departement.test");
    LocalDate today = LocalDate.now();
    return new InvoiceDocument(
        id,
        InvoiceDocument.Kind.INVOICE,
        number,
        today,
        today.plusDays(30),
        null,
        null,
        seller,
        buyer,
        "SERVICE-CRECHES",
        "BC-2026-000042",
        "AC-2026-01",
        "Lot 1 — Mobilier",
        today.minusDays(2),
        address,
        InvoiceDocument.VatRegime.LIABLE,
        List.of(
            new InvoiceDocument.Line(
                1, "Chaise de bureau reconditionnée", "CH-1", 4, 15_000, 2000, 60_000),
            new InvoiceDocument.Line(2, "Bureau reconditionné", "BU-1", 1, 40_000, 2000, 40_000)),
        List.of(new InvoiceDocument.VatBreakdown("S", 2000, 100_000, 20_000, null)),
        100_000,
        20_000,
        120_000,
        0,
        120_000,
        new InvoiceDocument.PaymentTerms(30, "Paiement à 30 jours.", "58"),
        new InvoiceDocument.BankAccount("FR7630006000011234567890189", "AGRIFRPP", "Atelier"));
  }
}
