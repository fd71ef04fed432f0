package fr.boucle.shared.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.Authentication;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Who is calling: a person signed in through a session, or an organisation's API token. Every
 * object endpoint scopes its queries by {@link #organisationId()}; it is never read from a request
 * body.
 */
public record CurrentUser(
    UUID personId,
    UUID organisationId,
    OrganisationKind organisationKind,
    Set<String> roles,
    Set<UUID> serviceIds,
    String label,
    @Nullable UUID apiTokenId,
    Set<String> scopes,
    int securityStamp) {

  public static final String ORGANISATION = "org";
  public static final String KIND = "kind";
  public static final String SERVICES = "services";
  public static final String LABEL = "label";
  public static final String API_TOKEN = "apiToken";
  public static final String SCOPES = "scopes";
  public static final String STAMP = "stamp";

  public boolean hasRole(Role role) {
    return roles.contains(role.name());
  }

  public boolean hasAnyRole(Role... wanted) {
    for (Role role : wanted) {
      if (roles.contains(role.name())) {
        return true;
      }
    }
    return false;
  }

  public boolean isBuyer() {
    return organisationKind == OrganisationKind.BUYER;
  }

  public boolean isSupplier() {
    return organisationKind == OrganisationKind.SUPPLIER;
  }

  public boolean isApiToken() {
    return apiTokenId != null;
  }

  /** Reads the caller from the attributes Boucle puts in its sessions and API tokens. */
  public static CurrentUser from(Authentication authentication) {
    Map<String, Object> a = authentication.getAttributes();
    Object token = a.get(API_TOKEN);
    return new CurrentUser(
        token == null ? UUID.fromString(authentication.getName()) : null,
        UUID.fromString(String.valueOf(a.get(ORGANISATION))),
        OrganisationKind.valueOf(String.valueOf(a.get(KIND))),
        Set.copyOf(authentication.getRoles()),
        uuids(a.get(SERVICES)),
        String.valueOf(a.getOrDefault(LABEL, authentication.getName())),
        token == null ? null : UUID.fromString(String.valueOf(token)),
        strings(a.get(SCOPES)),
        a.get(STAMP) instanceof Number n ? n.intValue() : 0);
  }

  private static Set<UUID> uuids(Object value) {
    Set<UUID> result = new LinkedHashSet<>();
    for (String s : strings(value)) {
      result.add(UUID.fromString(s));
    }
    return Set.copyOf(result);
  }

  private static Set<String> strings(Object value) {
    if (value instanceof Collection<?> c) {
      Set<String> result = new LinkedHashSet<>();
      c.forEach(v -> result.add(String.valueOf(v)));
      return Set.copyOf(result);
    }
    if (value instanceof String s && !s.isBlank()) {
      return Set.copyOf(List.of(s.split(",")));
    }
    return Set.of();
  }
}
