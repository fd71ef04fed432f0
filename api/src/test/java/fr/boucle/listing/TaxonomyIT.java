package fr.boucle.listing;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.boucle.organisation.AccessFixtures;
import fr.boucle.organisation.ApiSession;
import fr.boucle.organisation.TestMail;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@MicronautTest(transactional = false)
@SuppressWarnings({"unchecked", "rawtypes"})
class TaxonomyIT {

  @RegisterExtension static GreenMailExtension mail = TestMail.smtp();

  @Inject Categories categories;
  @Inject JsonMapper json;

  @Inject
  @Client("/")
  HttpClient client;

  @Test
  void everyCategoryMapsToAnAgecProductCategoryOfTheOfficialSchema() throws Exception {
    Set<String> agec = new HashSet<>();
    try (InputStream in =
        getClass().getResourceAsStream("/reference/agec/declaration-schema.json")) {
      Map<String, Object> schema = json.readValue(in, Argument.mapOf(String.class, Object.class));
      for (Object f : (List<?>) schema.get("fields")) {
        Map<?, ?> field = (Map<?, ?>) f;
        if (field.get("name").equals("type_produit_acquis")) {
          ((List<?>) ((Map<?, ?>) field.get("constraints")).get("enum"))
              .forEach(v -> agec.add((String) v));
        }
      }
    }
    assertThat(agec).hasSize(17);
    List<Category> all = categories.findAllOrderByPosition();
    assertThat(all).hasSizeGreaterThan(30);
    assertThat(all).allSatisfy(c -> assertThat(agec).contains(c.agecCategory()));
    assertThat(all).allSatisfy(c -> assertThat(c.cpvCode()).matches("[0-9]{8}-[0-9]"));
  }

  @Test
  void servesTheTreeInFrenchAndEnglish() {
    List<Map> french =
        client
            .toBlocking()
            .retrieve(HttpRequest.GET("/api/categories"), Argument.listOf(Map.class));
    assertThat(french).extracting(m -> m.get("id")).contains("gros-electromenager", "informatique");
    Map appliances =
        french.stream()
            .filter(m -> m.get("id").equals("gros-electromenager"))
            .findFirst()
            .orElseThrow();
    assertThat(appliances.get("label")).isEqualTo("Gros électroménager");
    assertThat((List<Map>) appliances.get("children"))
        .extracting(m -> m.get("id"))
        .contains("refrigerateur", "lave-linge");

    List<Map> english =
        client
            .toBlocking()
            .retrieve(HttpRequest.GET("/api/categories?lang=en"), Argument.listOf(Map.class));
    assertThat(english).extracting(m -> m.get("label")).contains("Large appliances");
  }

  @Test
  void theOperatorEditsTheTreeWithinItsRules() {
    AccessFixtures fixtures = new AccessFixtures(client.toBlocking());
    ApiSession operator = fixtures.operator();
    Map<String, Object> node = new java.util.LinkedHashMap<>();
    node.put("id", "fauteuil-accueil");
    node.put("parentId", "mobilier-bureau");
    node.put("labelFr", "Fauteuil d'accueil");
    node.put("labelEn", "Waiting-room armchair");
    node.put("agecCategory", categories.findById("siege-bureau").orElseThrow().agecCategory());
    node.put("cpvCode", "39113100-8");
    HttpResponse<Map> created =
        operator.exchange(HttpRequest.POST("/api/operator/categories", node), Map.class);
    assertThat(created.code()).isEqualTo(201);
    assertThat(categories.findById("fauteuil-accueil")).isPresent();

    Map<String, Object> bad = new java.util.LinkedHashMap<>(node);
    bad.put("labelFr", "x");
    bad.put("agecCategory", "Meubles");
    bad.put("cpvCode", "391131008");
    bad.put("parentId", "fauteuil-accueil");
    HttpResponse<Map> refused =
        operator.exchange(
            HttpRequest.PUT("/api/operator/categories/fauteuil-accueil", bad), Map.class);
    assertThat(refused.code()).isEqualTo(400);
    List<Map> errors = (List<Map>) ApiSession.problem(refused).get("errors");
    assertThat(errors)
        .extracting(e -> e.get("field"))
        .containsExactlyInAnyOrder("labelFr", "agecCategory", "cpvCode", "parentId");

    node.put("labelFr", "Fauteuil de salle d'attente");
    Map updated =
        operator
            .exchange(HttpRequest.PUT("/api/operator/categories/fauteuil-accueil", node), Map.class)
            .body();
    assertThat(updated.get("labelFr")).isEqualTo("Fauteuil de salle d'attente");

    assertThat(
            operator
                .exchange(HttpRequest.DELETE("/api/operator/categories/mobilier-bureau"), Map.class)
                .code())
        .isEqualTo(409);
    assertThat(
            operator
                .exchange(
                    HttpRequest.DELETE("/api/operator/categories/fauteuil-accueil"), Map.class)
                .code())
        .isEqualTo(204);

    AccessFixtures.Org supplier = fixtures.supplier("Atelier Taxonomie " + System.nanoTime());
    assertThat(
            supplier
                .admin()
                .exchange(HttpRequest.POST("/api/operator/categories", node), Map.class)
                .code())
        .isEqualTo(403);
    List<String> agec =
        operator
            .exchange(
                HttpRequest.GET("/api/operator/categories/agec"), Argument.listOf(String.class))
            .body();
    assertThat(agec).hasSize(17);
  }
}
