package fr.boucle.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.boucle.shared.Siret;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.BlockingHttpClient;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Builds organisations and people the way users do: through the API. */
public final class AccessFixtures {

  public static final String OPERATOR_EMAIL = "operateur@boucle.test";
  public static final String OPERATOR_PASSWORD = "operateur-de-test-2026";
  public static final String PASSWORD = "un-mot-de-passe-solide";
  private static final Duration MAIL_PATIENCE = Duration.ofSeconds(20);
  private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000_000L);

  private final BlockingHttpClient http;

  public AccessFixtures(BlockingHttpClient http) {
    this.http = http;
  }

  /** A signed-up, validated organisation with its administrator signed in. */
  public record Org(UUID id, String adminEmail, ApiSession admin) {}

  public static String newSiret() {
    String base = String.format("%013d", 1_000_000_000_000L + SEQUENCE.incrementAndGet());
    return base + Siret.luhnCheckDigit(base);
  }

  public static Map<String, Object> supplierSignUp(String name, String email) {
    Map<String, Object> organisation = new LinkedHashMap<>();
    organisation.put("kind", "SUPPLIER");
    organisation.put("legalName", name);
    organisation.put("siret", newSiret());
    organisation.put("legalForm", "SAS");
    organisation.put("insertionStatus", "SIAE_EI");
    organisation.put("insertionProofReference", "DREETS-IDF-2026-0042");
    organisation.put("insertionValidUntil", LocalDate.now().plusYears(1).toString());
    return Map.of(
        "organisation",
        organisation,
        "admin",
        Map.of("fullName", "Awa Diallo", "email", email, "password", PASSWORD));
  }

  public static Map<String, Object> buyerSignUp(String name, String email) {
    Map<String, Object> organisation = new LinkedHashMap<>();
    organisation.put("kind", "BUYER");
    organisation.put("legalName", name);
    organisation.put("siret", newSiret());
    organisation.put("publicBodyType", "DEPARTEMENT");
    return Map.of(
        "organisation",
        organisation,
        "admin",
        Map.of("fullName", "Louis Martin", "email", email, "password", PASSWORD));
  }

  public ApiSession operator() {
    return new ApiSession(http).login(OPERATOR_EMAIL, OPERATOR_PASSWORD);
  }

  public Org validated(Map<String, Object> signUp) {
    UUID id = signUp(signUp);
    HttpResponse<Views.OrganisationView> validated =
        operator()
            .exchange(
                HttpRequest.POST("/api/operator/organisations/" + id + "/validate", Map.of()),
                Views.OrganisationView.class);
    assertThat(validated.code()).isEqualTo(200);
    assertThat(validated.body().status()).isEqualTo(OrganisationStatus.ACTIVE);
    String email = adminEmail(signUp);
    return new Org(id, email, new ApiSession(http).login(email, PASSWORD));
  }

  /** Signs an organisation up and answers its id. */
  private UUID signUp(Map<String, Object> signUp) {
    HttpResponse<Map<String, UUID>> created =
        new ApiSession(http)
            .exchange(
                HttpRequest.POST("/api/signup", signUp), Argument.mapOf(String.class, UUID.class));
    assertThat(created.code()).as("sign-up %s", created.getBody(Map.class)).isEqualTo(201);
    return created.body().get("organisationId");
  }

  private static String adminEmail(Map<String, Object> signUp) {
    return String.valueOf(((Map<?, ?>) signUp.get("admin")).get("email"));
  }

  /** Signs up without the operator's validation: the organisation stays PENDING. */
  public Org pending(Map<String, Object> signUp) {
    UUID id = signUp(signUp);
    String email = adminEmail(signUp);
    return new Org(id, email, new ApiSession(http).login(email, PASSWORD));
  }

  public Org pendingSupplier(String name) {
    return pending(
        supplierSignUp(name, "admin-" + SEQUENCE.incrementAndGet() + "@fournisseur.test"));
  }

  public Org pendingBuyer(String name) {
    return pending(buyerSignUp(name, "admin-" + SEQUENCE.incrementAndGet() + "@acheteur.test"));
  }

  public Org supplier(String name) {
    return validated(
        supplierSignUp(name, "admin-" + SEQUENCE.incrementAndGet() + "@fournisseur.test"));
  }

  public Org buyer(String name) {
    return validated(buyerSignUp(name, "admin-" + SEQUENCE.incrementAndGet() + "@acheteur.test"));
  }

  public static String text(Object content) throws Exception {
    if (content instanceof String s) {
      return s;
    }
    if (content instanceof jakarta.mail.Multipart multipart) {
      StringBuilder all = new StringBuilder();
      for (int i = 0; i < multipart.getCount(); i++) {
        all.append(text(multipart.getBodyPart(i).getContent())).append('\n');
      }
      return all.toString();
    }
    return String.valueOf(content);
  }

  /**
   * The e-mails sent to an address, once at least {@code count} have arrived: the mail relay sends
   * them shortly after the change that queued them commits.
   */
  public static List<MimeMessage> mailsTo(GreenMailExtension mail, String email, int count) {
    return await()
        .atMost(MAIL_PATIENCE)
        .until(() -> receivedBy(mail, email), messages -> messages.size() >= count);
  }

  private static List<MimeMessage> receivedBy(GreenMailExtension mail, String email) {
    return Arrays.stream(mail.getReceivedMessages())
        .filter(m -> {
          try {
            return m.getAllRecipients()[0].toString().equals(email);
          } catch (Exception e) {
            return false;
          }
        })
        .toList();
  }

  /** The last link of the given kind sent to an address, waiting for one to arrive. */
  public static String linkTokenSentTo(GreenMailExtension mail, String email, String pathPrefix)
      throws Exception {
    Pattern link = Pattern.compile(Pattern.quote(pathPrefix) + "([A-Za-z0-9_\\-]+)");
    List<String> links =
        await()
            .atMost(MAIL_PATIENCE)
            .until(
                () -> {
                  List<String> found = new ArrayList<>();
                  for (MimeMessage m : receivedBy(mail, email)) {
                    Matcher matcher = link.matcher(text(m.getContent()));
                    if (matcher.find()) {
                      found.add(matcher.group(1));
                    }
                  }
                  return found;
                },
                found -> !found.isEmpty());
    return links.get(links.size() - 1);
  }
}
