package fr.boucle.shared.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Browser protections on every answer: scripts only from Boucle itself, no framing, no referrer
 * sent to other sites, no access to the camera, microphone or location, and HSTS when the request
 * came over HTTPS (directly or through a proxy that says so).
 */
@ServerFilter("/**")
class SecurityHeadersFilter {

  static final String CSP =
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
          + " img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self';"
          + " object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
  // The OpenAPI page (Swagger UI, generated) starts itself with an inline script.
  static final String API_DOCS_CSP =
      CSP.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'");

  @ResponseFilter
  void securityHeaders(HttpRequest<?> request, MutableHttpResponse<?> response) {
    response.header(
        "Content-Security-Policy",
        request.getPath().startsWith("/api/swagger/") ? API_DOCS_CSP : CSP);
    response.header("X-Frame-Options", "DENY");
    response.header("X-Content-Type-Options", "nosniff");
    response.header("Referrer-Policy", "strict-origin-when-cross-origin");
    response.header(
        "Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()");
    if (request.isSecure()
        || "https".equalsIgnoreCase(request.getHeaders().get("X-Forwarded-Proto"))) {
      response.header("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    }
  }
}
