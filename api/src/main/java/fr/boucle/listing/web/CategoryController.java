package fr.boucle.listing.web;

import fr.boucle.listing.Categories;
import fr.boucle.listing.CategoryTree;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;

@Controller("/api/categories")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Catalogue")
@Secured(SecurityRule.IS_ANONYMOUS)
class CategoryController {

  private final Categories categories;

  CategoryController(Categories categories) {
    this.categories = categories;
  }

  @Get
  @Operation(
      summary = "The reuse taxonomy as a tree",
      description =
          "Public: no authentication required. Each node carries its AGEC product category and"
              + " CPV code. Labels are in French unless `lang=en` or the Accept-Language header"
              + " prefers English.")
  List<CategoryTree.Node> tree(
      @Parameter(description = "fr or en") @QueryValue @Nullable String lang,
      @Header("Accept-Language") @Nullable String acceptLanguage) {
    boolean english =
        lang != null
            ? lang.equalsIgnoreCase("en")
            : acceptLanguage != null && acceptLanguage.toLowerCase().startsWith("en");
    return CategoryTree.of(categories.findAllOrderByPosition(), english);
  }
}
