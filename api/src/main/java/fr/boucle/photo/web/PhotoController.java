package fr.boucle.photo.web;

import fr.boucle.photo.PhotoRef;
import fr.boucle.photo.internal.ArrangePhotos;
import fr.boucle.photo.internal.UploadPhoto;
import fr.boucle.shared.security.CurrentUser;
import fr.boucle.shared.web.MaxBody;
import fr.boucle.shared.web.Problem;
import fr.boucle.shared.web.ProblemCode;
import fr.boucle.shared.web.ValidationFailed;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.StreamingFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.UUID;

@Controller("/api/stock/listings/{listingId}/photos")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Stock")
class PhotoController {

  private final UploadPhoto uploading;
  private final ArrangePhotos photos;

  PhotoController(UploadPhoto uploading, ArrangePhotos photos) {
    this.uploading = uploading;
    this.photos = photos;
  }

  /** The new order of a listing's photos: every photo id once. */
  @Serdeable
  record Reorder(@Nullable List<UUID> photoIds) {}

  /** A photo's new alternative text: required and relevant (RGAA 1.3). */
  @Serdeable
  record EditAlt(@Nullable String alt) {}

  @Get
  @Operation(
      summary = "The photos of one of my listings, in display order (at most 12)",
      description =
          "Supplier staff or API token with stock:read; 404 for another organisation's listing.")
  List<PhotoRef> list(Authentication auth, UUID listingId) {
    return photos.list(CurrentUser.from(auth), listingId);
  }

  @Post(consumes = MediaType.MULTIPART_FORM_DATA)
  @MaxBody("boucle.photos.max-bytes")
  @Operation(
      summary = "Add a photo (JPEG, PNG or WebP, at most 10 MB) at the end of a listing's photos",
      description =
          "Supplier staff or API token with stock:write. The content is sniffed and decoded, never"
              + " trusted from the name: 400 naming file when it is no such image, 413 when too"
              + " large (at once when Content-Length says so, else as soon as 10 MB have been"
              + " read), 409 when the listing has 12 photos already, 503 when too many photos are"
              + " being processed. The alternative text comes as the query parameter alt, so"
              + " the body is the file alone and is streamed as it arrives; it is required and"
              + " must say what the photo shows: 400 naming alt (photo-alt-required,"
              + " photo-alt-not-relevant) when empty, the file's name, a camera or screenshot"
              + " name (IMG_1234.jpg) or only generic words (image, photo 2).")
  HttpResponse<PhotoRef> upload(
      Authentication auth,
      UUID listingId,
      @Nullable StreamingFileUpload file,
      @QueryValue("alt") @Nullable String alt)
      throws IOException {
    if (file == null) {
      throw new ValidationFailed(Problem.FieldError.of("file", ProblemCode.PHOTO_CHOOSE));
    }
    PhotoRef created;
    try (InputStream in = file.asInputStream()) {
      // The service counts the bytes as they stream in and stops past the limit.
      created =
          uploading.upload(CurrentUser.from(auth), listingId, in, -1, alt, file.getFilename());
    }
    return HttpResponse.created(created, URI.create(created.originalUrl()));
  }

  @Put("/positions")
  @Operation(
      summary = "Reorder a listing's photos",
      description = "The body lists every photo id once, first photo first.")
  List<PhotoRef> reorder(Authentication auth, UUID listingId, @Body Reorder body) {
    return photos.reorder(CurrentUser.from(auth), listingId, body.photoIds());
  }

  @Put("/{photoId}")
  @Operation(
      summary = "Change a photo's alternative text",
      description =
          "Supplier staff or API token with stock:write. The alternative is required and must say"
              + " what the photo shows: 400 naming alt (photo-alt-required,"
              + " photo-alt-not-relevant) otherwise, as on upload.")
  PhotoRef editAlt(Authentication auth, UUID listingId, UUID photoId, @Body EditAlt body) {
    return photos.editAlt(CurrentUser.from(auth), listingId, photoId, body.alt());
  }

  @Delete("/{photoId}")
  @Operation(summary = "Delete a photo; the photos after it move up")
  HttpResponse<Void> delete(Authentication auth, UUID listingId, UUID photoId) {
    photos.delete(CurrentUser.from(auth), listingId, photoId);
    return HttpResponse.noContent();
  }
}
