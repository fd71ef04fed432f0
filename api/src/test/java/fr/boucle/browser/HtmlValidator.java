package fr.boucle.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * RGAA 8.2 ("code source valide"): the pages as the browser built them, checked by the Nu HTML
 * Checker (the W3C validator, from the npm package vnu-jar the frontend's build installs), run once
 * for all the pages collected. Each page is its DOM serialised after the application rendered it,
 * since the served index.html is an empty shell.
 */
final class HtmlValidator {

  private static final Path JAR =
      Path.of("..", "frontend", "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

  private final Path folder;
  private final Map<String, Path> pages = new LinkedHashMap<>();

  HtmlValidator(Path folder) {
    this.folder = folder;
  }

  /** Keeps the page the browser shows now, under this name, for the check. */
  void collect(String name, BrowserSession browser) {
    collect(
        name, (String) browser.driver().executeScript("return document.documentElement.outerHTML"));
  }

  /** Keeps this serialised document element ({@code <html>…</html>}) under this name. */
  void collect(String name, String html) {
    Path file = folder.resolve(name + ".html");
    try {
      Files.createDirectories(folder);
      Files.writeString(file, "<!DOCTYPE html>\n" + html, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    pages.put(name, file);
  }

  /** The checker's errors, one line each, prefixed with the page's name (empty: all valid). */
  List<String> errors() {
    if (pages.isEmpty()) {
      return List.of();
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of("-jar", JAR.toString(), "--errors-only", "--format", "json"));
    pages.values().forEach(file -> command.add(file.toString()));
    try {
      Path report = folder.resolve("nu-checker.json");
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(false)
              .redirectError(report.toFile())
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      if (!process.waitFor(5, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new AssertionError("the Nu HTML Checker did not answer in 5 minutes");
      }
      // The checker writes its JSON report on the error stream.
      JsonNode messages = new ObjectMapper().readTree(report.toFile()).path("messages");
      if (!messages.isArray()) {
        throw new AssertionError("the Nu HTML Checker gave no report: " + Files.readString(report));
      }
      List<String> errors = new ArrayList<>();
      for (JsonNode message : messages) {
        String page = pageOf(message.path("url").asText());
        errors.add(
            page
                + " line "
                + message.path("lastLine").asInt()
                + ": "
                + message.path("message").asText()
                + " ["
                + message.path("extract").asText().strip()
                + "]");
      }
      return errors;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while checking the HTML", e);
    }
  }

  private String pageOf(String url) {
    return pages.entrySet().stream()
        .filter(page -> url.endsWith("/" + page.getValue().getFileName()))
        .map(Map.Entry::getKey)
        .findFirst()
        .orElse(url);
  }
}
