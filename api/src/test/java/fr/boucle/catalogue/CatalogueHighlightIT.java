package fr.boucle.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import fr.boucle.catalogue.internal.CatalogueReindexer;
import fr.boucle.demo.DemoDataFixture;
import fr.boucle.shared.jdbc.Sql;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Issue 13, point 18: search highlights never carry a listing's markup. */
@MicronautTest(transactional = false)
class CatalogueHighlightIT {

  @Inject
  @Client("/")
  HttpClient client;

  @Inject DemoDataFixture demo;
  @Inject CatalogueReindexer reindexer;
  @Inject Sql sql;

  @Test
  @SuppressWarnings("unchecked")
  void highlightsAreHtmlEscapedAroundTheirMarks() {
    demo.load(20261204L, 200);
    UUID id =
        sql.one(
                "SELECT id FROM listing WHERE status = 'PUBLISHED' ORDER BY id LIMIT 1",
                rs -> rs.getObject(1, UUID.class))
            .orElseThrow();
    sql.update(
        "UPDATE listing SET title = 'Xylophone <img src=x onerror=alert(1)> & co',"
            + " description = 'Un xylophone <script>alert(2)</script> en bois.' WHERE id = ?",
        id);
    reindexer.reindex(done -> {});

    Map<String, Object> result =
        client.toBlocking().retrieve("/api/catalogue/search?q=xylophone&size=5", Map.class);
    Map<String, Object> item =
        ((List<Map<String, Object>>) result.get("items"))
            .stream()
                .filter(i -> id.toString().equals(i.get("id")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("listing not found in " + result));
    assertThat((String) item.get("highlightTitle"))
        .contains("<mark>Xylophone</mark>")
        .contains("&lt;img src=x onerror=alert(1)&gt;")
        .contains("&amp; co")
        .doesNotContain("<img");
    assertThat((String) item.get("highlightDescription"))
        .contains("&lt;script&gt;")
        .doesNotContain("<script>");
  }
}
