package fr.boucle.payment.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The SHA-256 of a request's parameters in a canonical form (maps sorted by key), so the same
 * request always hashes the same and a key reused with other parameters is noticed.
 */
final class RequestHash {

  private RequestHash() {}

  static String of(String operation, String account, Map<String, Object> params) {
    StringBuilder canonical = new StringBuilder(operation).append('|').append(account).append('|');
    write(canonical, params);
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of()
          .formatHex(sha.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void write(StringBuilder out, Object value) {
    if (value instanceof Map<?, ?> map) {
      TreeMap<String, Object> sorted = new TreeMap<>();
      map.forEach((k, v) -> sorted.put(String.valueOf(k), v));
      out.append('{');
      sorted.forEach((k, v) -> {
        out.append(k).append('=');
        write(out, v);
        out.append(';');
      });
      out.append('}');
    } else if (value instanceof List<?> list) {
      out.append('[');
      list.forEach(v -> {
        write(out, v);
        out.append(';');
      });
      out.append(']');
    } else {
      out.append(value);
    }
  }
}
