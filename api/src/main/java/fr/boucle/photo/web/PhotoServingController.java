package fr.boucle.photo.web;

import fr.boucle.photo.PhotoSize;
import fr.boucle.photo.internal.ServePhoto;
import fr.boucle.shared.security.CurrentUser;
import fr.boucle.shared.web.NotFound;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.InputStream;
import java.util.UUID;

/**
 * Serves photos. A photo's bytes never change under its URL (a new upload is a new photo), so every
 * answer may be cached for a year; photos of unpublished listings only in the owner's browser.
 */
@Controller("/api/photos")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "Catalogue")
class PhotoServingController {

  static final String PUBLIC_CACHE = "public, max-age=31536000, immutable";
  static final String PRIVATE_CACHE = "private, max-age=31536000, immutable";

  private final ServePhoto photos;

  PhotoServingController(ServePhoto photos) {
    this.photos = photos;
  }

  @Get("/{photoId}/{size}")
  @Operation(
      summary = "A photo: thumb (320 px wide), large (1024 px wide) or original",
      description =
          "Anyone for a published or sold-out listing; only the owning supplier for a draft or"
              + " archived one (404 otherwise). Cached for a year; 304 on a matching If-None-Match.")
  HttpResponse<?> serve(
      @Nullable Authentication auth,
      UUID photoId,
      String size,
      @Header(HttpHeaders.IF_NONE_MATCH) @Nullable String ifNoneMatch) {
    PhotoSize photoSize = PhotoSize.fromPath(size).orElseThrow(() -> new NotFound("Photo size"));
    ServePhoto.Served served =
        photos
            .find(auth == null ? null : CurrentUser.from(auth), photoId, photoSize)
            .orElseThrow(() -> new NotFound("Photo"));
    String cache = served.isPublic() ? PUBLIC_CACHE : PRIVATE_CACHE;
    if (matches(ifNoneMatch, served.etag())) {
      return HttpResponse.notModified()
          .header(HttpHeaders.ETAG, served.etag())
          .header(HttpHeaders.CACHE_CONTROL, cache);
    }
    InputStream in = photos.open(served.key()).orElseThrow(() -> new NotFound("Photo"));
    return HttpResponse.ok(new StreamedFile(in, MediaType.of(served.contentType())))
        .header(HttpHeaders.ETAG, served.etag())
        .header(HttpHeaders.CACHE_CONTROL, cache)
        .header("X-Content-Type-Options", "nosniff");
  }

  /** RFC 9110 weak comparison over a list of entity tags, or "*". */
  static boolean matches(@Nullable String ifNoneMatch, String etag) {
    if (ifNoneMatch == null) {
      return false;
    }
    for (String candidate : ifNoneMatch.split(",")) {
      String tag = candidate.strip();
      if (tag.equals("*") || tag.replaceFirst("^W/", "").equals(etag)) {
        return true;
      }
    }
    return false;
  }
}
