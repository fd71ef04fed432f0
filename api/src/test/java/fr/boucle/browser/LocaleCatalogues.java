package fr.boucle.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The interface's message catalogues read straight from the frontend's sources
 * (frontend/src/lib/locales/**.ts), so the language check knows every string each language can
 * show. The files are plain object literals of strings: a small tokenizer is enough. A string
 * belongs to French when it sits in a top-level {@code const} named {@code fr} or ending in {@code
 * Fr}, to English for {@code en} / {@code …En}; quoted keys (a string followed by a colon) are not
 * messages.
 */
record LocaleCatalogues(Set<String> french, Set<String> english) {

  /** The frontend's locales directory, from the api module (Maven's working directory). */
  static Path defaultDirectory() {
    Path fromApi = Path.of("../frontend/src/lib/locales");
    return Files.isDirectory(fromApi) ? fromApi : Path.of("frontend/src/lib/locales");
  }

  static LocaleCatalogues read(Path directory) {
    Set<String> french = new LinkedHashSet<>();
    Set<String> english = new LinkedHashSet<>();
    try (Stream<Path> files = Files.walk(directory)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".ts")).sorted().toList()) {
        parse(Files.readString(file), french, english);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (french.isEmpty() || english.isEmpty()) {
      throw new IllegalStateException("no messages read from " + directory.toAbsolutePath());
    }
    return new LocaleCatalogues(french, english);
  }

  /** Adds the messages of one source file to the sets of their language. */
  static void parse(String source, Set<String> french, Set<String> english) {
    Set<String> current = null;
    List<String> tokens = tokens(source);
    for (int i = 0; i < tokens.size(); i++) {
      String token = tokens.get(i);
      if (token.equals("const") && i + 1 < tokens.size()) {
        String name = tokens.get(i + 1);
        current =
            name.equals("fr") || name.endsWith("Fr")
                ? french
                : name.equals("en") || name.endsWith("En") ? english : null;
      } else if (token.startsWith("\u0000") && current != null) {
        StringBuilder value = new StringBuilder(token.substring(1));
        // 'a' + 'b': one message written over several lines.
        while (i + 2 < tokens.size()
            && tokens.get(i + 1).equals("+")
            && tokens.get(i + 2).startsWith("\u0000")) {
          value.append(tokens.get(i + 2).substring(1));
          i += 2;
        }
        boolean isKey = i + 1 < tokens.size() && tokens.get(i + 1).equals(":");
        if (!isKey && !value.isEmpty()) {
          current.add(value.toString());
        }
      }
    }
  }

  /** Identifiers, punctuation, and string literals (prefixed with NUL, unescaped). */
  private static List<String> tokens(String s) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '/' && i + 1 < s.length() && s.charAt(i + 1) == '/') {
        int end = s.indexOf('\n', i);
        i = end < 0 ? s.length() : end;
      } else if (c == '/' && i + 1 < s.length() && s.charAt(i + 1) == '*') {
        int end = s.indexOf("*/", i + 2);
        i = end < 0 ? s.length() : end + 2;
      } else if (c == '\'' || c == '"' || c == '`') {
        StringBuilder literal = new StringBuilder("\u0000");
        i++;
        while (i < s.length() && s.charAt(i) != c) {
          char d = s.charAt(i);
          if (d == '\\' && i + 1 < s.length()) {
            char e = s.charAt(++i);
            literal.append(
                switch (e) {
                  case 'n' -> '\n';
                  case 't' -> '\t';
                  case 'u' -> {
                    char u = (char) Integer.parseInt(s.substring(i + 1, i + 5), 16);
                    i += 4;
                    yield u;
                  }
                  default -> e;
                });
          } else {
            literal.append(d);
          }
          i++;
        }
        i++;
        out.add(literal.toString());
      } else if (Character.isJavaIdentifierStart(c)) {
        int start = i;
        while (i < s.length() && Character.isJavaIdentifierPart(s.charAt(i))) {
          i++;
        }
        out.add(s.substring(start, i));
      } else {
        if (!Character.isWhitespace(c)) {
          out.add(String.valueOf(c));
        }
        i++;
      }
    }
    return out;
  }
}
