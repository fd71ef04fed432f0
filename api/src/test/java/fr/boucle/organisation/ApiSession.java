package fr.boucle.organisation;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.cookie.Cookie;
import java.util.HashMap;
import java.util.Map;

/** A browser-like caller: keeps the session and CSRF cookies and echoes the CSRF token. */
public final class ApiSession {

  private final BlockingHttpClient http;
  private final Map<String, String> cookies = new HashMap<>();
  private String bearer;

  public ApiSession(BlockingHttpClient http) {
    this.http = http;
  }

  public static ApiSession bearer(BlockingHttpClient http, String token) {
    ApiSession s = new ApiSession(http);
    s.bearer = token;
    return s;
  }

  /** Whether this session is an API token rather than a person signed in. */
  public boolean isBearer() {
    return bearer != null;
  }

  public ApiSession login(String email, String password) {
    HttpResponse<Map> response =
        exchange(
            HttpRequest.POST("/api/auth/login", Map.of("email", email, "password", password)),
            Map.class);
    if (response.code() != 200) {
      throw new IllegalStateException("login failed: " + response.code());
    }
    return this;
  }

  public boolean hasSessionCookie() {
    return cookies.containsKey("BOUCLE_SESSION");
  }

  public String csrf() {
    return cookies.get("BOUCLE_CSRF");
  }

  public void dropCsrfHeader() {
    cookies.put("__no_csrf_header", "1");
  }

  public <T> HttpResponse<T> exchange(MutableHttpRequest<?> request, Class<T> type) {
    return exchange(request, Argument.of(type));
  }

  public <T> HttpResponse<T> exchange(MutableHttpRequest<?> request, Argument<T> type) {
    cookies.forEach((name, value) -> {
      if (!name.startsWith("__")) {
        request.cookie(Cookie.of(name, value));
      }
    });
    if (cookies.containsKey("BOUCLE_CSRF") && !cookies.containsKey("__no_csrf_header")) {
      request.header("X-CSRF-Token", cookies.get("BOUCLE_CSRF"));
    }
    if (bearer != null) {
      request.bearerAuth(bearer);
    }
    HttpResponse<T> response;
    try {
      response = http.exchange(request, type, Argument.of(Map.class));
    } catch (HttpClientResponseException e) {
      remember(e.getResponse());
      @SuppressWarnings("unchecked")
      HttpResponse<T> failed = (HttpResponse<T>) e.getResponse();
      return failed;
    }
    remember(response);
    return response;
  }

  private void remember(HttpResponse<?> response) {
    response
        .getCookies()
        .getAll()
        .forEach(c -> {
          if (c.getValue().isEmpty()) {
            cookies.remove(c.getName());
          } else {
            cookies.put(c.getName(), c.getValue());
          }
        });
  }

  /** The problem body of a failed exchange. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> problem(HttpResponse<?> response) {
    return response.getBody(Map.class).orElseThrow(() -> new AssertionError("no problem body"));
  }

  @SuppressWarnings("unchecked")
  public <T> T get(String path, Class<T> type) {
    Argument<T> argument =
        type == java.util.List.class ? (Argument<T>) Argument.listOf(Map.class) : Argument.of(type);
    return get(path, argument);
  }

  /** GETs a list of one of the views the API answers. */
  public <T> java.util.List<T> list(String path, Class<T> type) {
    return get(path, Argument.listOf(type));
  }

  /** GETs one page of one of the views the API answers. */
  @SuppressWarnings("unchecked")
  public <T> fr.boucle.shared.web.Page<T> page(String path, Class<T> type) {
    return get(
        path,
        (Argument<fr.boucle.shared.web.Page<T>>)
            (Argument<?>) Argument.of(fr.boucle.shared.web.Page.class, type));
  }

  private <T> T get(String path, Argument<T> argument) {
    HttpResponse<T> r = exchange(HttpRequest.GET(path), argument);
    if (r.code() != 200) {
      throw new AssertionError(
          "GET " + path + " answered " + r.code() + " " + r.getBody(Map.class).orElse(null));
    }
    return r.body();
  }
}
