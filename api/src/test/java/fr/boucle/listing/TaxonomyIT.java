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

  static final Argument<List<CategoryTree.Node>> TREE = Argument.listOf(CategoryTree.Node.class);

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
    List<CategoryTree.Node> french =
        client.toBlocking().retrieve(HttpRequest.GET("/api/categories"), TREE);
    assertThat(french)
        .extracting(CategoryTree.Node::id)
        .contains("gros-electromenager", "informatique");
    CategoryTree.Node appliances =
        french.stream().filter(n -> n.id().equals("gros-electromenager")).findFirst().orElseThrow();
    assertThat(appliances.label()).isEqualTo("Gros électroménager");
    assertThat(appliances.children())
        .extracting(CategoryTree.Node::id)
        .contains("refrigerateur", "lave-linge");

    List<CategoryTree.Node> english =
        client.toBlocking().retrieve(HttpRequest.GET("/api/categories?lang=en"), TREE);
    assertThat(english).extracting(CategoryTree.Node::label).contains("Large appliances");
  }

  @Test
  void theOperatorEditsTheTreeWithinItsRules() {
    AccessFixtures fixtures = new AccessFixtures(client.toBlocking());
    ApiSession operator = fixtures.operator();
    String furniture = categories.findById("siege-bureau").orElseThrow().agecCategory();
    CategoryCommand node =
        new CategoryCommand(
            "fauteuil-accueil",
            "mobilier-bureau",
            "Fauteuil d'accueil",
            "Waiting-room armchair",
            furniture,
            "39113100-8",
            null,
            null);
    HttpResponse<Category> created =
        operator.exchange(HttpRequest.POST("/api/operator/categories", node), Category.class);
    assertThat(created.code()).isEqualTo(201);
    assertThat(created.body().parentId()).isEqualTo("mobilier-bureau");
    assertThat(categories.findById("fauteuil-accueil")).isPresent();

    CategoryCommand bad =
        new CategoryCommand(
            "fauteuil-accueil",
            "fauteuil-accueil",
            "x",
            "Waiting-room armchair",
            "Meubles",
            "391131008",
            null,
            null);
    HttpResponse<Category> refused =
        operator.exchange(
            HttpRequest.PUT("/api/operator/categories/fauteuil-accueil", bad), Category.class);
    assertThat(refused.code()).isEqualTo(400);
    List<Map> errors = (List<Map>) ApiSession.problem(refused).get("errors");
    assertThat(errors)
        .extracting(e -> e.get("field"))
        .containsExactlyInAnyOrder("labelFr", "agecCategory", "cpvCode", "parentId");

    CategoryCommand renamed =
        new CategoryCommand(
            "fauteuil-accueil",
            "mobilier-bureau",
            "Fauteuil de salle d'attente",
            "Waiting-room armchair",
            furniture,
            "39113100-8",
            null,
            null);
    Category updated =
        operator
            .exchange(
                HttpRequest.PUT("/api/operator/categories/fauteuil-accueil", renamed),
                Category.class)
            .body();
    assertThat(updated.labelFr()).isEqualTo("Fauteuil de salle d'attente");

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
