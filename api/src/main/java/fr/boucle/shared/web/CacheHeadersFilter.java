package fr.boucle.shared.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Vite fingerprints every file under /assets, so they can be cached for a year; everything else the
 * app shell serves must be revalidated so a deployment is picked up at once.
 */
@ServerFilter("/**")
class CacheHeadersFilter {

  @ResponseFilter
  void cacheHeaders(HttpRequest<?> request, MutableHttpResponse<?> response) {
    if (response.getHeaders().contains("Cache-Control")) {
      return;
    }
    String path = request.getPath();
    if (path.startsWith("/assets/") && response.getStatus() == HttpStatus.OK) {
      response.header("Cache-Control", "public, max-age=31536000, immutable");
    } else if (!path.startsWith("/api/")) {
      response.header("Cache-Control", "no-cache");
    }
  }
}
