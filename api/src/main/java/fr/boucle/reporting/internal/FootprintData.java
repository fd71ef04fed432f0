package fr.boucle.reporting.internal;

import fr.boucle.reporting.Footprint;
import io.micronaut.context.annotation.Factory;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The shipped footprint data (reporting/ademe-new-product-footprints.json, ADEME via Impact CO2)
 * and the taxonomy-to-item mapping (reporting/footprint-mapping.json); see reporting/README.md.
 */
@Factory
class FootprintData {

  static final String FOOTPRINTS = "/reporting/ademe-new-product-footprints.json";
  static final String MAPPING = "/reporting/footprint-mapping.json";

  @Serdeable
  record File(String about, List<Footprint> items) {}

  @Serdeable
  record Mapped(@Nullable String item, @Nullable String note, @Nullable String noteFr) {

    @Nullable
    String note(boolean english) {
      return english ? note : noteFr;
    }
  }

  @Serdeable
  record Mapping(String description, String reviewed, Map<String, Mapped> categories) {}

  /** The footprints and which one stands for each taxonomy category. */
  record Footprints(File file, Mapping mapping) {

    Optional<Footprint> item(String slug) {
      return file.items().stream().filter(f -> f.slug().equals(slug)).findFirst();
    }

    Optional<Mapped> of(String categoryId) {
      return Optional.ofNullable(mapping.categories().get(categoryId));
    }
  }

  @Singleton
  Footprints footprints(JsonMapper json) {
    Footprints loaded =
        new Footprints(read(json, FOOTPRINTS, File.class), read(json, MAPPING, Mapping.class));
    for (Mapped m : loaded.mapping().categories().values()) {
      if (m.item() != null && loaded.item(m.item()).isEmpty()) {
        throw new IllegalStateException(MAPPING + " names an unknown item " + m.item());
      }
    }
    return loaded;
  }

  private static <T> T read(JsonMapper json, String path, Class<T> type) {
    try (InputStream in = FootprintData.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException(path + " is missing");
      }
      return json.readValue(in, type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
