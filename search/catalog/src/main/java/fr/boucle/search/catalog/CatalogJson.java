package fr.boucle.search.catalog;

import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The JSON mapping of catalog documents: ISO-8601 dates, no null fields, tolerant reads. */
public final class CatalogJson {

  private CatalogJson() {}

  /**
   * A new Jackson mapper for {@link CatalogDocument}: {@link java.time.Instant} as ISO-8601 text
   * (what the {@code date} fields parse), null fields left out, unknown fields ignored on reading
   * (e.g. a field added to the mapping before the code that reads it).
   */
  public static ObjectMapper objectMapper() {
    return JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .defaultPropertyInclusion(
            JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
        .build();
  }

  /**
   * A client-side mapper built on {@link #objectMapper()}: give it to the {@code
   * ElasticsearchClient} that reads {@link CatalogDocument} hits ({@link CatalogClients} does).
   */
  public static JsonpMapper jsonpMapper() {
    return new JacksonJsonpMapper(objectMapper());
  }
}
