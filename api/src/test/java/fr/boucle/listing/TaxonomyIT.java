package fr.boucle.listing;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
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

@MicronautTest(transactional = false)
class TaxonomyIT {

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
}
