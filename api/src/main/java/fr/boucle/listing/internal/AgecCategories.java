package fr.boucle.listing.internal;

import fr.boucle.listing.TaxonomyRules;
import io.micronaut.context.annotation.Factory;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The taxonomy's rules, over the 17 product categories of decree 2024-134. */
@Factory
class AgecCategories {

  @Singleton
  TaxonomyRules taxonomyRules(JsonMapper json) {
    return new TaxonomyRules(read(json));
  }

  /** The categories, from the AGEC declaration schema (data.gouv.fr, Licence Ouverte 2.0). */
  @SuppressWarnings("unchecked")
  private static Set<String> read(JsonMapper json) {
    try (InputStream in =
        AgecCategories.class.getResourceAsStream("/reference/agec/declaration-schema.json")) {
      Map<String, Object> schema = json.readValue(in, Argument.mapOf(String.class, Object.class));
      Set<String> values = new LinkedHashSet<>();
      for (Object f : (List<Object>) schema.get("fields")) {
        Map<String, Object> field = (Map<String, Object>) f;
        if ("type_produit_acquis".equals(field.get("name"))) {
          values.addAll(
              (List<String>) ((Map<String, Object>) field.get("constraints")).get("enum"));
        }
      }
      return Set.copyOf(values);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
