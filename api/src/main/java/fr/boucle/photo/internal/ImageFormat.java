package fr.boucle.photo.internal;

import java.util.Optional;

/** The image formats Boucle accepts, recognised by their first bytes, never by a file name. */
enum ImageFormat {
  JPEG("image/jpeg", "jpg", "jpeg"),
  PNG("image/png", "png", "png"),
  WEBP("image/webp", "webp", "webp");

  final String contentType;
  final String extension;
  final String readerName;

  ImageFormat(String contentType, String extension, String readerName) {
    this.contentType = contentType;
    this.extension = extension;
    this.readerName = readerName;
  }

  /** The format announced by a file's magic bytes (at least 12 of them), if it is one we take. */
  static Optional<ImageFormat> sniff(byte[] head, int length) {
    if (length >= 3 && u(head[0]) == 0xFF && u(head[1]) == 0xD8 && u(head[2]) == 0xFF) {
      return Optional.of(JPEG);
    }
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    if (length >= 8 && startsWith(head, png, 0)) {
      return Optional.of(PNG);
    }
    if (length >= 12
        && startsWith(head, new byte[] {'R', 'I', 'F', 'F'}, 0)
        && startsWith(head, new byte[] {'W', 'E', 'B', 'P'}, 8)) {
      return Optional.of(WEBP);
    }
    return Optional.empty();
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix, int at) {
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[at + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static int u(byte b) {
    return b & 0xFF;
  }
}
