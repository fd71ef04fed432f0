package fr.boucle.shared.security;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** What a person may do within their organisation. */
public enum Role {
  SUPPLIER_ADMIN(OrganisationKind.SUPPLIER),
  SUPPLIER_STAFF(OrganisationKind.SUPPLIER),
  BUYER_ADMIN(OrganisationKind.BUYER),
  REQUESTER(OrganisationKind.BUYER),
  APPROVER(OrganisationKind.BUYER),
  OPERATOR(OrganisationKind.OPERATOR);

  private final OrganisationKind kind;

  Role(OrganisationKind kind) {
    this.kind = kind;
  }

  public OrganisationKind organisationKind() {
    return kind;
  }

  public boolean isAdmin() {
    return this == SUPPLIER_ADMIN || this == BUYER_ADMIN || this == OPERATOR;
  }

  /** Whether the role acts for particular buyer services. */
  public boolean isServiceBound() {
    return this == REQUESTER || this == APPROVER;
  }

  public static Set<Role> allowedFor(OrganisationKind kind) {
    return Arrays.stream(values())
        .filter(r -> r.kind == kind)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
  }

  public static Role adminOf(OrganisationKind kind) {
    return switch (kind) {
      case SUPPLIER -> SUPPLIER_ADMIN;
      case BUYER -> BUYER_ADMIN;
      case OPERATOR -> OPERATOR;
    };
  }
}
