package fr.boucle.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Drives every object endpoint with another organisation's credentials (session and API token) and
 * expects exactly the answer a missing object gets: 404, same problem, nothing changed. Later
 * issues add their endpoints to {@link #endpoints}.
 */
@MicronautTest(transactional = false)
class IsolationMatrixIT {

  @RegisterExtension static GreenMailExtension mail = TestMail.smtp();

  @Inject
  @Client("/")
  HttpClient client;

  record Endpoint(HttpMethod method, String template, Object body) {
    MutableHttpRequest<?> request(String id) {
      return HttpRequest.create(method, template.replace("{id}", id))
          .body(body == null ? Map.of() : body);
    }
  }

  static Map<String, Object> site(String name) {
    Map<String, Object> site = new LinkedHashMap<>();
    site.put("name", name);
    site.put("street", "12 rue des Ateliers");
    site.put("postcode", "93100");
    site.put("city", "Montreuil");
    site.put("department", "93");
    site.put("latitude", 48.8638);
    site.put("longitude", 2.4485);
    site.put("approvalThresholdCents", 150000);
    return site;
  }

  /** The object endpoints of this issue, with the kind of object whose id they take. */
  static Map<String, List<Endpoint>> endpoints() {
    Map<String, List<Endpoint>> byObject = new LinkedHashMap<>();
    byObject.put(
        "depot",
        List.of(
            new Endpoint(HttpMethod.GET, "/api/organisation/depots/{id}", null),
            new Endpoint(HttpMethod.PUT, "/api/organisation/depots/{id}", site("Dépôt piraté")),
            new Endpoint(HttpMethod.DELETE, "/api/organisation/depots/{id}", null)));
    byObject.put(
        "service",
        List.of(
            new Endpoint(HttpMethod.GET, "/api/organisation/services/{id}", null),
            new Endpoint(HttpMethod.PUT, "/api/organisation/services/{id}", site("Service piraté")),
            new Endpoint(HttpMethod.DELETE, "/api/organisation/services/{id}", null)));
    byObject.put(
        "member",
        List.of(
            new Endpoint(HttpMethod.GET, "/api/organisation/members/{id}", null),
            new Endpoint(
                HttpMethod.PUT,
                "/api/organisation/members/{id}/roles",
                Map.of("roles", List.of("SUPPLIER_ADMIN"))),
            new Endpoint(HttpMethod.POST, "/api/organisation/members/{id}/deactivate", null),
            new Endpoint(HttpMethod.POST, "/api/organisation/members/{id}/reactivate", null)));
    byObject.put(
        "invitation",
        List.of(new Endpoint(HttpMethod.DELETE, "/api/organisation/invitations/{id}", null)));
    byObject.put(
        "apiToken",
        List.of(new Endpoint(HttpMethod.DELETE, "/api/organisation/api-tokens/{id}", null)));
    byObject.put(
        "organisation",
        List.of(
            new Endpoint(HttpMethod.GET, "/api/operator/organisations/{id}", null),
            new Endpoint(HttpMethod.POST, "/api/operator/organisations/{id}/validate", null),
            new Endpoint(HttpMethod.POST, "/api/operator/organisations/{id}/suspend", null)));
    Map<String, Object> listing = new LinkedHashMap<>();
    listing.put("sku", "PIRATE-1");
    listing.put("title", "Annonce piratée");
    listing.put("categoryId", "refrigerateur");
    listing.put("condition", "BON_ETAT");
    listing.put("origin", "REEMPLOI");
    listing.put("priceExclVat", "1.00");
    byObject.put(
        "listing",
        List.of(
            new Endpoint(HttpMethod.GET, "/api/stock/listings/{id}", null),
            new Endpoint(HttpMethod.PUT, "/api/stock/listings/{id}", listing),
            new Endpoint(
                HttpMethod.POST, "/api/stock/listings/{id}/status", Map.of("status", "ARCHIVED")),
            new Endpoint(
                HttpMethod.POST,
                "/api/stock/listings/{id}/stock",
                Map.of("kind", "RECEIVED", "quantity", 5)),
            new Endpoint(HttpMethod.GET, "/api/stock/listings/{id}/movements", null),
            new Endpoint(HttpMethod.GET, "/api/stock/listings/{id}/photos", null),
            new Endpoint(
                HttpMethod.PUT,
                "/api/stock/listings/{id}/photos/positions",
                Map.of("photoIds", List.of()))));
    return byObject;
  }

  @Test
  void anotherOrganisationsObjectsAnswerExactlyLikeMissingOnes() {
    AccessFixtures fixtures = new AccessFixtures(client.toBlocking());
    AccessFixtures.Org supplier = fixtures.supplier("Atelier Propriétaire");
    AccessFixtures.Org buyer = fixtures.buyer("Acheteur Propriétaire");
    AccessFixtures.Org otherSupplier = fixtures.supplier("Atelier Voisin");
    AccessFixtures.Org otherBuyer = fixtures.buyer("Acheteur Voisin");

    Map<String, String> ids = new LinkedHashMap<>();
    ids.put(
        "depot",
        created(
                supplier
                    .admin()
                    .exchange(
                        HttpRequest.POST("/api/organisation/depots", site("Dépôt de Montreuil")),
                        Views.SiteView.class))
            .id()
            .toString());
    ids.put(
        "service",
        created(
                buyer
                    .admin()
                    .exchange(
                        HttpRequest.POST("/api/organisation/services", site("Crèches")),
                        Views.SiteView.class))
            .id()
            .toString());
    ids.put("member", supplier.admin().get("/api/auth/me", Views.Me.class).personId().toString());
    ids.put(
        "invitation",
        created(
                supplier
                    .admin()
                    .exchange(
                        HttpRequest.POST(
                            "/api/organisation/invitations",
                            Map.of(
                                "email",
                                "nouvelle@atelier.test",
                                "roles",
                                List.of("SUPPLIER_STAFF"))),
                        Argument.mapOf(String.class, UUID.class)))
            .get("invitationId")
            .toString());
    ids.put(
        "apiToken",
        created(
                supplier
                    .admin()
                    .exchange(
                        HttpRequest.POST(
                            "/api/organisation/api-tokens",
                            Map.of("name", "ERP", "scopes", List.of("stock:read"))),
                        Views.NewApiToken.class))
            .token()
            .id()
            .toString());
    ids.put("organisation", supplier.id().toString());
    Map<String, Object> fridge = new LinkedHashMap<>();
    fridge.put("sku", "FR-1");
    fridge.put("title", "Réfrigérateur reconditionné");
    fridge.put("categoryId", "refrigerateur");
    fridge.put("condition", "BON_ETAT");
    fridge.put("origin", "RECONDITIONNE");
    fridge.put("priceExclVat", "150.00");
    fridge.put("quantity", 2);
    ids.put(
        "listing",
        id(supplier.admin().exchange(HttpRequest.POST("/api/stock/listings", fridge), Map.class)));

    String otherToken =
        created(
                otherSupplier
                    .admin()
                    .exchange(
                        HttpRequest.POST(
                            "/api/organisation/api-tokens",
                            Map.of(
                                "name",
                                "ERP voisin",
                                "scopes",
                                List.of("stock:read", "stock:write"))),
                        Views.NewApiToken.class))
            .secret();
    Map<String, List<ApiSession>> foreigners =
        Map.of(
            "supplier-side",
                List.of(
                    otherSupplier.admin(),
                    otherBuyer.admin(),
                    ApiSession.bearer(client.toBlocking(), otherToken)),
            "buyer-side",
                List.of(
                    otherBuyer.admin(),
                    otherSupplier.admin(),
                    ApiSession.bearer(client.toBlocking(), otherToken)));

    Map<String, Object> before = snapshot(supplier, buyer);
    List<String> covered = new ArrayList<>();
    for (Map.Entry<String, List<Endpoint>> entry : endpoints().entrySet()) {
      String object = entry.getKey();
      for (Endpoint endpoint : entry.getValue()) {
        for (ApiSession foreigner :
            foreigners.get(object.equals("service") ? "buyer-side" : "supplier-side")) {
          HttpResponse<Map> foreign =
              foreigner.exchange(endpoint.request(ids.get(object)), Map.class);
          HttpResponse<Map> missing =
              foreigner.exchange(endpoint.request(UUID.randomUUID().toString()), Map.class);
          // An API token outside its scopes is refused before any object is looked up: the same
          // 403 for a foreign object as for a missing one.
          int expected =
              foreigner.isBearer() && !endpoint.template().startsWith("/api/stock/") ? 403 : 404;
          assertThat(foreign.code())
              .as("%s %s with a foreign %s", endpoint.method(), endpoint.template(), object)
              .isEqualTo(expected);
          assertThat(missing.code()).isEqualTo(expected);
          Map<String, Object> a = new LinkedHashMap<>(ApiSession.problem(foreign));
          Map<String, Object> b = new LinkedHashMap<>(ApiSession.problem(missing));
          a.remove("instance");
          b.remove("instance");
          assertThat(a)
              .as("%s %s: foreign vs missing", endpoint.method(), endpoint.template())
              .isEqualTo(b);
        }
        covered.add(endpoint.method() + " " + endpoint.template());
      }
    }
    assertThat(snapshot(supplier, buyer)).as("nothing changed").isEqualTo(before);
    assertThat(covered).hasSize(22);
  }

  private static Map<String, Object> snapshot(
      AccessFixtures.Org supplier, AccessFixtures.Org buyer) {
    return Map.of(
        "depots", supplier.admin().list("/api/organisation/depots", Views.SiteView.class),
        "services", buyer.admin().list("/api/organisation/services", Views.SiteView.class),
        "members", supplier.admin().list("/api/organisation/members", Views.MemberView.class),
        "invitations",
            supplier.admin().list("/api/organisation/invitations", Views.InvitationView.class),
        "tokens", supplier.admin().list("/api/organisation/api-tokens", Views.ApiTokenView.class),
        "organisation", supplier.admin().get("/api/organisation", Views.OrganisationView.class),
        "listings", supplier.admin().get("/api/stock/listings", Map.class));
  }

  private static <T> T created(HttpResponse<T> created) {
    assertThat(created.code()).as("created %s", created.getBody(Map.class)).isEqualTo(201);
    return created.body();
  }

  private static String id(HttpResponse<Map> created) {
    assertThat(created.code()).as("created %s", created.getBody(Map.class)).isEqualTo(201);
    return (String) created.body().get("id");
  }
}
