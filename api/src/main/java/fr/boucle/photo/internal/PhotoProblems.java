package fr.boucle.photo.internal;

import fr.boucle.shared.web.Message;
import fr.boucle.shared.web.Problem;
import fr.boucle.shared.web.ProblemCode;
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
          Message.of(ProblemCode.PHOTO_TOO_LARGE_MAX, "max", maxBytes / (1024 * 1024)),
          List.of(
              Problem.FieldError.of(
                  "file", ProblemCode.PHOTO_AT_MOST, "max", maxBytes / (1024 * 1024))));
    }
  }

  /** The listing already has as many photos as it may. */
  public static class TooManyPhotos extends ProblemException {
    public TooManyPhotos(int max) {
      super(
          HttpStatus.CONFLICT,
          Message.of(ProblemCode.PHOTOS_TOO_MANY, "max", max),
          List.of(Problem.FieldError.of("file", ProblemCode.PHOTOS_AT_MOST, "max", max)));
    }
  }
}
