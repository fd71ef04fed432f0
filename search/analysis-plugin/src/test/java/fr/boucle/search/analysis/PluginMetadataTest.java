package fr.boucle.search.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.elasticsearch.plugin.Nameable;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;
import org.elasticsearch.plugin.analysis.CharFilterFactory;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.elasticsearch.plugin.analysis.TokenizerFactory;
import org.junit.jupiter.api.Test;

/**
 * Checks what Elasticsearch reads from the plugin zip besides the jar: named_components.json must
 * list exactly the {@link NamedComponent} classes, and the stable descriptor must only hold the
 * keys Elasticsearch 9.5 accepts for a stable plugin.
 */
class PluginMetadataTest {
  private static final List<Class<?>> EXTENSIBLES =
      List.of(
          AnalyzerFactory.class,
          TokenFilterFactory.class,
          TokenizerFactory.class,
          CharFilterFactory.class);

  private static final Set<String> REQUIRED_DESCRIPTOR_KEYS =
      Set.of("name", "description", "version", "elasticsearch.version", "java.version");
  private static final Set<String> OPTIONAL_DESCRIPTOR_KEYS =
      Set.of("modular", "deployment.target");

  private static Path metadataDir() {
    return Path.of(System.getProperty("boucle.plugin.metadata", "target/plugin-metadata"));
  }

  /** named_components.json as interface → (component name → class name). */
  private static Map<String, Map<String, String>> declaredComponents() throws IOException {
    String json = Files.readString(metadataDir().resolve("named_components.json"));
    Map<String, Map<String, String>> declared = new TreeMap<>();
    Matcher group = Pattern.compile("\"([^\"]+)\"\\s*:\\s*\\{([^}]*)}").matcher(json);
    while (group.find()) {
      Map<String, String> components = new TreeMap<>();
      Matcher entry = Pattern.compile("\"([^\"]+)\"\\s*:\\s*\"([^\"]+)\"").matcher(group.group(2));
      while (entry.find()) {
        assertEquals(null, components.put(entry.group(1), entry.group(2)), "duplicate name");
      }
      declared.put(group.group(1), components);
    }
    return declared;
  }

  /** The @NamedComponent classes actually compiled into the jar, in the same shape. */
  private static Map<String, Map<String, String>> compiledComponents()
      throws IOException, URISyntaxException, ClassNotFoundException {
    Path classes =
        Path.of(BoucleAnalysis.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> classNames;
    try (Stream<Path> files = Files.walk(classes)) {
      classNames =
          files
              .map(classes::relativize)
              .map(Path::toString)
              .filter(f -> f.endsWith(".class") && !f.contains("$"))
              .map(f -> f.substring(0, f.length() - ".class".length()).replace('/', '.'))
              .toList();
    }
    Map<String, Map<String, String>> compiled = new TreeMap<>();
    for (String className : classNames) {
      Class<?> type = Class.forName(className);
      NamedComponent named = type.getAnnotation(NamedComponent.class);
      if (named == null) {
        continue;
      }
      List<Class<?>> extensibles =
          EXTENSIBLES.stream().filter(e -> e.isAssignableFrom(type)).toList();
      assertEquals(1, extensibles.size(), className + " must implement one analysis factory");
      compiled
          .computeIfAbsent(extensibles.get(0).getCanonicalName(), k -> new TreeMap<>())
          .put(named.value(), className);
    }
    return compiled;
  }

  @Test
  void namedComponentsJsonMatchesTheAnnotatedClasses() throws Exception {
    Map<String, Map<String, String>> declared = declaredComponents();
    assertFalse(declared.isEmpty());
    assertEquals(compiledComponents(), declared);
    assertEquals(
        Set.of(
            "boucle_french",
            "boucle_french_search",
            "boucle_autocomplete",
            "boucle_autocomplete_search"),
        declared.get(AnalyzerFactory.class.getCanonicalName()).keySet());
  }

  @Test
  void everyComponentCanBeInstantiatedTheWayElasticsearchDoes() throws Exception {
    for (Map.Entry<String, Map<String, String>> group : declaredComponents().entrySet()) {
      for (Map.Entry<String, String> component : group.getValue().entrySet()) {
        Class<?> type = Class.forName(component.getValue());
        assertTrue(Modifier.isPublic(type.getModifiers()), type + " must be public");
        // Elasticsearch wants exactly one public constructor; ours take no settings.
        Constructor<?>[] constructors = type.getConstructors();
        assertEquals(1, constructors.length, type + " public constructors");
        assertEquals(0, constructors[0].getParameterCount());
        Object instance = constructors[0].newInstance();
        assertEquals(component.getKey(), ((Nameable) instance).name());
        if (instance instanceof AnalyzerFactory factory) {
          try (Analyzer analyzer = factory.create()) {
            assertFalse(Tokens.terms(analyzer, "Réfrigérateur").isEmpty());
          }
        }
      }
    }
  }

  @Test
  void descriptorHoldsOnlyTheKeysOfAStablePlugin() throws IOException {
    Properties descriptor = new Properties();
    try (Reader reader =
        Files.newBufferedReader(
            metadataDir().resolve("stable-plugin-descriptor.properties"),
            StandardCharsets.ISO_8859_1)) {
      descriptor.load(reader);
    }
    for (String key : REQUIRED_DESCRIPTOR_KEYS) {
      assertNotNull(descriptor.getProperty(key), key);
      assertFalse(descriptor.getProperty(key).isBlank(), key);
    }
    for (String key : descriptor.stringPropertyNames()) {
      assertTrue(
          REQUIRED_DESCRIPTOR_KEYS.contains(key) || OPTIONAL_DESCRIPTOR_KEYS.contains(key),
          "Elasticsearch rejects unknown descriptor key " + key);
      assertFalse(descriptor.getProperty(key).contains("${"), key + " was not filtered");
    }
    assertEquals("boucle-analysis", descriptor.getProperty("name"));
    assertTrue(descriptor.getProperty("elasticsearch.version").matches("\\d+\\.\\d+\\.\\d+"));
    assertTrue(
        Runtime.version().feature() >= Integer.parseInt(descriptor.getProperty("java.version")));
  }
}
