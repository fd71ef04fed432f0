package fr.boucle.insertion.web;

import fr.boucle.insertion.EvidenceType;
import fr.boucle.insertion.InsertionViews;
import fr.boucle.insertion.internal.DecideDeclaration;
import fr.boucle.insertion.internal.DeclareHours;
import fr.boucle.insertion.internal.ReadDeclarations;
import fr.boucle.shared.security.CurrentUser;
import fr.boucle.shared.web.Download;
import fr.boucle.shared.web.MaxBody;
import fr.boucle.shared.web.Page;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;

@Controller("/api/insertion-hours")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Insertion hours")
class InsertionHoursController {

  private final DeclareHours declaring;
  private final DecideDeclaration deciding;
  private final ReadDeclarations reads;

  InsertionHoursController(
      DeclareHours declaring, DecideDeclaration deciding, ReadDeclarations reads) {
    this.declaring = declaring;
    this.deciding = deciding;
    this.reads = reads;
  }

  /** Why the hours are rejected. */
  @Serdeable
  record Rejection(@Nullable String reason) {}

  @Post(consumes = MediaType.MULTIPART_FORM_DATA)
  @MaxBody("boucle.insertion.evidence-max-bytes")
  @Operation(
      operationId = "declareInsertionHours",
      summary = "Declare insertion hours on a period of a lot with a social clause",
      description =
          "Supplier admin or staff, on a lot of theirs with an insertion-hours target. Multipart"
              + " fields lotId, periodIndex (0 = initial period), hours (whole hours, 1 to 1 000"
              + " 000), comment (optional) and evidence: a PDF, JPEG or PNG file of at most 10 MB,"
              + " recognised by its content. 400 naming every bad field; 201 with the"
              + " declaration, waiting for the buyer administrator's decision.")
  HttpResponse<InsertionViews.DeclarationView> declare(
      Authentication auth,
      @Part("lotId") @Nullable String lotId,
      @Part("periodIndex") @Nullable String periodIndex,
      @Part("hours") @Nullable String hours,
      @Part("comment") @Nullable String comment,
      @Part("evidence") @Nullable CompletedFileUpload evidence)
      throws IOException {
    boolean tooLarge = evidence != null && evidence.getSize() > EvidenceType.MAX_BYTES;
    byte[] content = evidence == null || tooLarge ? null : evidence.getBytes();
    InsertionViews.DeclarationView created =
        declaring.declare(
            CurrentUser.from(auth),
            new DeclareHours.Command(
                lotId,
                periodIndex,
                hours,
                comment,
                evidence == null ? null : evidence.getFilename(),
                content,
                tooLarge));
    return HttpResponse.created(created, URI.create("/api/insertion-hours/" + created.id()));
  }

  @Get
  @Operation(
      operationId = "listInsertionHours",
      summary = "My declarations of insertion hours, newest first",
      description = "Supplier admin or staff; their organisation's declarations, paged.")
  Page<InsertionViews.DeclarationView> list(
      Authentication auth, @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size) {
    return reads.list(CurrentUser.from(auth), page, size);
  }

  @Get("/lots")
  @Operation(
      operationId = "listInsertionLots",
      summary = "The lots with a social clause I may declare insertion hours on",
      description =
          "Supplier admin or staff: the lots they are awarded whose social clause sets an"
              + " insertion-hours target, with their periods.")
  List<InsertionViews.DeclarableLot> lots(Authentication auth) {
    return reads.declarableLots(CurrentUser.from(auth));
  }

  @Post("/{id}/accept")
  @Operation(
      operationId = "acceptInsertionHours",
      summary = "Accept a declaration of insertion hours",
      description =
          "Buyer admin of the lot's buyer. 404 for another organisation's declaration, 409 when"
              + " it was decided already.")
  HttpResponse<Void> accept(Authentication auth, UUID id) {
    deciding.accept(CurrentUser.from(auth), id);
    return HttpResponse.noContent();
  }

  @Post("/{id}/reject")
  @Operation(
      operationId = "rejectInsertionHours",
      summary = "Reject a declaration of insertion hours, saying why",
      description =
          "Buyer admin of the lot's buyer; the body's reason is required (400 naming it). 404"
              + " for another organisation's declaration, 409 when it was decided already.")
  HttpResponse<Void> reject(Authentication auth, UUID id, @Body Rejection body) {
    deciding.reject(CurrentUser.from(auth), id, body.reason());
    return HttpResponse.noContent();
  }

  @Get("/{id}/evidence")
  @Operation(
      operationId = "getInsertionHoursEvidence",
      summary = "The evidence file of a declaration of insertion hours",
      description =
          "The declaring supplier's admin and staff, and the buyer's administrator (or a"
              + " spend:read token); 404 for anyone else's organisation.")
  HttpResponse<byte[]> evidence(Authentication auth, UUID id) {
    InsertionViews.Evidence file = reads.evidence(CurrentUser.from(auth), id);
    return Download.attachment(file.content(), file.mediaType(), file.fileName())
        .header("X-Content-Type-Options", "nosniff");
  }
}
