package fr.boucle.search.catalog;

import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import co.elastic.clients.elasticsearch.indices.IndexSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The catalog index definition shipped in this jar: {@code catalog/settings.json} and mappings. */
public final class CatalogResources {

  /** Class-path location of the index settings. */
  public static final String SETTINGS = "catalog/settings.json";

  /** Class-path location of the mappings of listing documents. */
  public static final String MAPPINGS = "catalog/mappings.json";

  private CatalogResources() {}

  /** The settings as the client's typed model, read with {@code withJson}. */
  public static IndexSettings settings() {
    try (InputStream in = open(SETTINGS)) {
      return IndexSettings.of(s -> s.withJson(in));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + SETTINGS, e);
    }
  }

  /** The mappings as the client's typed model, read with {@code withJson}. */
  public static TypeMapping mappings() {
    try (InputStream in = open(MAPPINGS)) {
      return TypeMapping.of(m -> m.withJson(in));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + MAPPINGS, e);
    }
  }

  /** The raw text of a resource of this module, e.g. {@link #MAPPINGS}. */
  public static String text(String resource) {
    try (InputStream in = open(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + resource, e);
    }
  }

  private static InputStream open(String resource) {
    InputStream in = CatalogResources.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("Missing class-path resource " + resource);
    }
    return in;
  }
}
