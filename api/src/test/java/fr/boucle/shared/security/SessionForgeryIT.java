package fr.boucle.shared.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Issue 13, point 1: no published value signs a session, and none is needed to start. */
@MicronautTest(transactional = false)
class SessionForgeryIT {

  /** The development secret application.yml used to fall back to. */
  private static final String PUBLISHED = "dev-only-boucle-session-secret-change-me-0123456789";

  @Inject
  @Client("/")
  HttpClient client;

  @Test
  void aSessionSignedWithThePublishedDevelopmentSecretIsRefused() throws Exception {
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .subject("forger")
            .claim("roles", List.of("OPERATOR"))
            .claim(CurrentUser.ORGANISATION, UUID.randomUUID().toString())
            .claim(CurrentUser.KIND, "OPERATOR")
            .claim(CurrentUser.API_TOKEN, UUID.randomUUID().toString())
            .issueTime(new Date())
            .expirationTime(new Date(System.currentTimeMillis() + 3_600_000))
            .build();
    SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
    jwt.sign(new MACSigner(PUBLISHED.getBytes(StandardCharsets.UTF_8)));

    assertThatThrownBy(() ->
            client
                .toBlocking()
                .exchange(
                    HttpRequest.GET("/api/operator/organisations")
                        .cookie(
                            io.micronaut.http.cookie.Cookie.of("BOUCLE_SESSION", jwt.serialize())),
                    String.class))
        .isInstanceOfSatisfying(
            HttpClientResponseException.class,
            e -> assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.UNAUTHORIZED.getCode()));
  }
}
