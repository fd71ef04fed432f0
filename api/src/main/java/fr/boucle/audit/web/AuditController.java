package fr.boucle.audit.web;

import fr.boucle.audit.AuditEvent;
import fr.boucle.audit.AuditLog;
import fr.boucle.shared.security.CurrentUser;
import fr.boucle.shared.security.Role;
import fr.boucle.shared.web.Forbidden;
import fr.boucle.shared.web.NotFound;
import fr.boucle.shared.web.Page;
import fr.boucle.shared.web.ProblemCode;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Audit")
class AuditController {

  private final AuditLog audit;

  AuditController(AuditLog audit) {
    this.audit = audit;
  }

  @Get("/organisation/audit")
  @Operation(
      summary = "My organisation's audit log, newest first",
      description = "Authenticated; administrators.")
  Page<AuditEvent> organisation(
      Authentication auth, @QueryValue @Nullable Integer page, @QueryValue @Nullable Integer size) {
    CurrentUser user = CurrentUser.from(auth);
    if (!user.hasAnyRole(Role.SUPPLIER_ADMIN, Role.BUYER_ADMIN, Role.OPERATOR)) {
      throw new Forbidden(ProblemCode.AUDIT_ADMINS);
    }
    int p = Page.clampPage(page);
    int s = Page.clampSize(size);
    return new Page<>(
        audit.page(user.organisationId(), p, s), p, s, audit.count(user.organisationId()));
  }

  @Get("/operator/audit")
  @Operation(
      summary = "The whole platform's audit log",
      description = "Authenticated; operator only (404 for others).")
  Page<AuditEvent> platform(
      Authentication auth, @QueryValue @Nullable Integer page, @QueryValue @Nullable Integer size) {
    if (!CurrentUser.from(auth).hasRole(Role.OPERATOR)) {
      throw new NotFound("Resource");
    }
    int p = Page.clampPage(page);
    int s = Page.clampSize(size);
    return new Page<>(audit.page(null, p, s), p, s, audit.count(null));
  }
}
