package fr.boucle.organisation.internal;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Set;

/**
 * The address a request came from, for throttling: the socket's peer, unless that peer is one of
 * the proxies named in {@code boucle.security.trusted-proxies}; only then are forwarding headers
 * (X-Forwarded-For, Forwarded) believed. Anyone can write those headers.
 */
@Singleton
public class ClientAddresses {

  private final HttpClientAddressResolver forwarded;
  private final Set<String> trustedProxies;

  ClientAddresses(
      HttpClientAddressResolver forwarded,
      @Value("${boucle.security.trusted-proxies:}") List<String> trustedProxies) {
    this.forwarded = forwarded;
    this.trustedProxies =
        Set.copyOf(trustedProxies.stream().map(String::strip).filter(s -> !s.isEmpty()).toList());
  }

  public String of(HttpRequest<?> request) {
    String peer = request.getRemoteAddress().getAddress().getHostAddress();
    if (trustedProxies.contains(peer)) {
      String client = forwarded.resolve(request);
      if (client != null && !client.isBlank()) {
        return client;
      }
    }
    return peer;
  }
}
