package fr.boucle.reporting.internal;

import fr.boucle.reporting.AgecTargets;
import io.micronaut.context.annotation.Factory;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads the shipped AGEC targets ({@code reference/agec/targets.json}, sourced there). */
@Factory
class TargetsFile {

  static final String PATH = "/reference/agec/targets.json";

  @Singleton
  AgecTargets agecTargets(JsonMapper json) {
    try (InputStream in = TargetsFile.class.getResourceAsStream(PATH)) {
      if (in == null) {
        throw new IllegalStateException(PATH + " is missing");
      }
      return json.readValue(in, AgecTargets.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
