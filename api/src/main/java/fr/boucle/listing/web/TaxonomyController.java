package fr.boucle.listing.web;

import fr.boucle.listing.Category;
import fr.boucle.listing.CategoryCommand;
import fr.boucle.listing.internal.EditTaxonomy;
import fr.boucle.shared.security.CurrentUser;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;

@Controller("/api/operator/categories")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Operator")
class TaxonomyController {

  private final EditTaxonomy taxonomy;

  TaxonomyController(EditTaxonomy taxonomy) {
    this.taxonomy = taxonomy;
  }

  @Get
  @Operation(
      summary = "Every taxonomy node, flat, with both labels and its mappings",
      description = "Operators only.")
  List<Category> all(Authentication auth) {
    return taxonomy.all(CurrentUser.from(auth));
  }

  @Get("/agec")
  @Operation(
      summary = "The 17 AGEC product categories a taxonomy node may map to",
      description = "From the AGEC declaration schema (data.gouv.fr, Licence Ouverte 2.0).")
  List<String> agec() {
    return taxonomy.agecCategories().stream().sorted().toList();
  }

  @Post
  @Operation(summary = "Add a taxonomy node", description = "Operators only.")
  HttpResponse<Category> create(Authentication auth, @Body CategoryCommand command) {
    Category created = taxonomy.create(CurrentUser.from(auth), command);
    return HttpResponse.created(created, URI.create("/api/operator/categories/" + created.id()));
  }

  @Put("/{id}")
  @Operation(
      summary = "Change a taxonomy node (labels, parent, AGEC category, CPV, ADEME product)",
      description = "Operators only. Listings of the node are re-indexed with the new labels.")
  Category update(Authentication auth, String id, @Body CategoryCommand command) {
    return taxonomy.update(CurrentUser.from(auth), id, command);
  }

  @Delete("/{id}")
  @Operation(
      summary = "Delete an empty taxonomy node",
      description = "Operators only; refused while it has sub-categories or listings.")
  HttpResponse<Void> delete(Authentication auth, String id) {
    taxonomy.delete(CurrentUser.from(auth), id);
    return HttpResponse.noContent();
  }
}
