package fr.boucle.search.catalog;

import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CatalogClientsTest {

  @Test
  void rejectsWhatIsNotAnHttpUrl() {
    for (String url : new String[] {"127.0.0.1:9200", "ftp://host:21", "http://", "localhost"}) {
      assertThrows(IllegalArgumentException.class, () -> CatalogClients.create(url), url);
    }
  }
}
