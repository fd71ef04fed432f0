package fr.boucle.shared.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;

/** A file answered to a browser: its bytes, type and the name it is saved or shown under. */
public final class Download {

  private Download() {}

  /** Saved by the browser under {@code filename}. */
  public static MutableHttpResponse<byte[]> attachment(
      byte[] content, String mediaType, String filename) {
    return answer(content, mediaType, "attachment", filename);
  }

  /** Shown by the browser (a PDF in its viewer), saved under {@code filename} if asked. */
  public static MutableHttpResponse<byte[]> inline(
      byte[] content, String mediaType, String filename) {
    return answer(content, mediaType, "inline", filename);
  }

  private static MutableHttpResponse<byte[]> answer(
      byte[] content, String mediaType, String disposition, String filename) {
    if (filename.contains("\"") || filename.contains("\\") || filename.contains("\n")) {
      throw new IllegalArgumentException("unsafe file name " + filename);
    }
    return HttpResponse.ok(content)
        .contentType(MediaType.of(mediaType))
        .header("Content-Disposition", disposition + "; filename=\"" + filename + "\"");
  }
}
