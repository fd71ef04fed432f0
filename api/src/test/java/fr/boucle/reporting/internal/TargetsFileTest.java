package fr.boucle.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.boucle.reporting.AgecTargets;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TargetsFileTest {

  private static final AgecTargets TARGETS =
      new TargetsFile().agecTargets(JsonMapper.createDefault());
  private static final String TEXTILES =
      "Produits textiles à l'exception des équipements de protection individuels";
  private static final String APPLIANCES =
      "Gros électroménager, y compris appareils professionnels";

  @Test
  void everyCategoryOfTheSchemaInItsOrder() throws IOException {
    List<String> schemaEnum = new ArrayList<>();
    try (InputStream in =
        getClass().getResourceAsStream("/reference/agec/declaration-schema.json")) {
      for (JsonNode f : new ObjectMapper().readTree(in).get("fields")) {
        if (f.get("name").asText().equals("type_produit_acquis")) {
          f.get("constraints").get("enum").forEach(v -> schemaEnum.add(v.asText()));
        }
      }
    }
    assertThat(schemaEnum).hasSize(17);
    assertThat(TARGETS.categoryNames()).isEqualTo(schemaEnum);
  }

  @Test
  void theTargetInForceIsTheLatestStepNotAfterTheYear() {
    AgecTargets.CategoryTargets textiles = TARGETS.of(TEXTILES).orElseThrow();
    assertThat(textiles.reuseInForce(2023)).isNull();
    assertThat(textiles.reuseInForce(2024)).isEqualTo(8);
    assertThat(textiles.reuseInForce(2026)).isEqualTo(8);
    assertThat(textiles.reuseInForce(2027)).isEqualTo(15);
    assertThat(textiles.reuseInForce(2035)).isEqualTo(15);
    assertThat(textiles.recycledInForce(2024)).isEqualTo(20);
    assertThat(textiles.recycledInForce(2029)).isEqualTo(25);
    assertThat(textiles.recycledInForce(2030)).isEqualTo(30);
    assertThat(textiles.source().url()).startsWith("https://www.legifrance.gouv.fr/");

    AgecTargets.CategoryTargets appliances = TARGETS.of(APPLIANCES).orElseThrow();
    assertThat(appliances.reuseInForce(2024)).isEqualTo(20);
    assertThat(appliances.reuseInForce(2027)).as("not sourced: no guess").isNull();
    assertThat(appliances.reuseInForce(2030)).isEqualTo(30);
    assertThat(appliances.recycledInForce(2030)).isNull();
  }

  @Test
  void onlyTheSourcedCategoriesHaveTargets() {
    assertThat(TARGETS.categories())
        .filteredOn(c -> c.reuse() != null || c.recycled() != null)
        .extracting(AgecTargets.CategoryTargets::category)
        .containsExactly(TEXTILES, APPLIANCES);
    assertThat(TARGETS.categories())
        .filteredOn(c -> c.source() == null)
        .allSatisfy(c -> assertThat(c.note()).contains("No value confirmed"));
  }
}
