package fr.boucle.photo.internal;

import fr.boucle.shared.web.Problem;
import fr.boucle.shared.web.ProblemException;
import io.micronaut.http.HttpStatus;
import java.util.List;

/** The named failures of photo uploads. */
public final class PhotoProblems {

  private PhotoProblems() {}

  /** The file is larger than the upload limit. */
  public static class PhotoTooLarge extends ProblemException {
    public PhotoTooLarge(long maxBytes) {
      super(
          HttpStatus.REQUEST_ENTITY_TOO_LARGE,
          "The photo is larger than " + maxBytes / (1024 * 1024) + " MB.",
          List.of(
              new Problem.FieldError(
                  "file", "At most " + maxBytes / (1024 * 1024) + " MB per photo.")));
    }
  }

  /** The listing already has as many photos as it may. */
  public static class TooManyPhotos extends ProblemException {
    public TooManyPhotos(int max) {
      super(
          HttpStatus.CONFLICT,
          "This listing already has " + max + " photos; delete one first.",
          List.of(new Problem.FieldError("file", "At most " + max + " photos per listing.")));
    }
  }
}
