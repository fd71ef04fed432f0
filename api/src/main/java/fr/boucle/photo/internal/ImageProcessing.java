package fr.boucle.photo.internal;

import fr.boucle.photo.PhotoSettings;
import fr.boucle.photo.PhotoSize;
import fr.boucle.shared.web.Message;
import fr.boucle.shared.web.ProblemCode;
import fr.boucle.shared.web.ServiceUnavailable;
import jakarta.inject.Singleton;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Checks that an upload really is an image of an accepted format, and derives its JPEG sizes. The
 * dimensions are read from the header and bounded before the pixels are decoded, so a small file
 * announcing a gigantic image (a decompression bomb) is refused without allocating it. Decoded
 * pixels take 4 bytes each (160 MB at the 40-megapixel budget), so only {@code
 * boucle.photos.decode-concurrency} images are decoded and resized at once.
 */
@Singleton
class ImageProcessing {

  static final int MAX_SIDE = 12_000;

  /** What was read from an upload: its real format, its size in pixels and its pixels. */
  record Decoded(ImageFormat format, int width, int height, BufferedImage image) {}

  /** Why an upload is not an acceptable image, in words for the person who sent it. */
  static final class NotAnImage extends Exception {
    private final Message problem;

    NotAnImage(ProblemCode code, Object... params) {
      this(Message.of(code, params));
    }

    private NotAnImage(Message problem) {
      super(problem.english());
      this.problem = problem;
    }

    Message problem() {
      return problem;
    }
  }

  /** An upload decoded and resized: its format, its size in pixels and its derived JPEGs. */
  record Processed(ImageFormat format, int width, int height, byte[] large, byte[] thumb) {}

  private final long maxPixels;
  private final Semaphore decoding;
  private final long waitMillis;

  ImageProcessing(PhotoSettings settings) {
    this.maxPixels = settings.maxPixels();
    this.decoding = new Semaphore(Math.max(1, settings.decodeConcurrency()), true);
    this.waitMillis = settings.decodeWait() == null ? 10_000 : settings.decodeWait().toMillis();
    ImageIO.setUseCache(false);
    ImageIO.scanForPlugins(); // registers the TwelveMonkeys readers (WebP) in every class loader
  }

  /**
   * Decodes the upload and derives its large and thumbnail JPEGs, holding one of the few decoding
   * slots meanwhile; 503 (try again) when none frees up in time.
   */
  Processed process(Path file) throws NotAnImage, IOException {
    boolean acquired;
    try {
      acquired = decoding.tryAcquire(waitMillis, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      acquired = false;
    }
    if (!acquired) {
      throw new ServiceUnavailable(ProblemCode.PHOTOS_BUSY, 5);
    }
    try {
      Decoded image = decode(file);
      return new Processed(
          image.format(),
          image.width(),
          image.height(),
          jpegAtMostWide(image.image(), PhotoSize.LARGE.width()),
          jpegAtMostWide(image.image(), PhotoSize.THUMB.width()));
    } finally {
      decoding.release();
    }
  }

  /** The slots bounding concurrent decoding, for tests. */
  Semaphore decodingSlots() {
    return decoding;
  }

  Decoded decode(Path file) throws NotAnImage, IOException {
    byte[] head = new byte[16];
    int read;
    try (InputStream in = Files.newInputStream(file)) {
      read = in.readNBytes(head, 0, head.length);
    }
    ImageFormat format =
        ImageFormat.sniff(head, read)
            .orElseThrow(() -> new NotAnImage(ProblemCode.PHOTO_NOT_AN_IMAGE));
    Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.readerName);
    if (!readers.hasNext()) {
      throw new IllegalStateException("No ImageIO reader for " + format);
    }
    ImageReader reader = readers.next();
    try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
      reader.setInput(in, true, true);
      int width;
      int height;
      try {
        width = reader.getWidth(0);
        height = reader.getHeight(0);
      } catch (IOException | RuntimeException e) {
        throw new NotAnImage(ProblemCode.PHOTO_DAMAGED, "format", format.extension);
      }
      if (width <= 0 || height <= 0) {
        throw new NotAnImage(ProblemCode.PHOTO_NO_PIXELS);
      }
      if (width > MAX_SIDE || height > MAX_SIDE || (long) width * height > maxPixels) {
        throw new NotAnImage(
            ProblemCode.PHOTO_TOO_MANY_PIXELS,
            "width",
            width,
            "height",
            height,
            "maxSide",
            MAX_SIDE,
            "maxMegapixels",
            maxPixels / 1_000_000);
      }
      BufferedImage image;
      try {
        image = reader.read(0);
      } catch (IOException | RuntimeException e) {
        throw new NotAnImage(ProblemCode.PHOTO_DAMAGED, "format", format.extension);
      }
      return new Decoded(format, width, height, image);
    } finally {
      reader.dispose();
    }
  }

  /**
   * The image scaled down to at most {@code maxWidth} pixels wide (never up), re-encoded as JPEG:
   * this drops every piece of metadata (EXIF, GPS position) of the upload.
   */
  byte[] jpegAtMostWide(BufferedImage source, int maxWidth) throws IOException {
    int width = Math.min(maxWidth, source.getWidth());
    int height =
        Math.max(1, (int) Math.round((double) source.getHeight() * width / source.getWidth()));
    BufferedImage current = source;
    // Halving steps keep detail that a single bilinear step from a large image would alias away.
    while (current.getWidth() / 2 >= width) {
      current =
          draw(
              current,
              current.getWidth() / 2,
              Math.max(1, current.getHeight() / 2),
              current == source);
    }
    BufferedImage result = draw(current, width, height, true);
    return encodeJpeg(result);
  }

  /** Draws onto an opaque RGB canvas (JPEG has no alpha: transparency becomes white). */
  private static BufferedImage draw(BufferedImage source, int width, int height, boolean flatten) {
    BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = target.createGraphics();
    try {
      if (flatten) {
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
      }
      g.setRenderingHint(
          RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      g.drawImage(source, 0, 0, width, height, null);
    } finally {
      g.dispose();
    }
    return target;
  }

  private static byte[] encodeJpeg(BufferedImage image) throws IOException {
    ImageWriter writer =
        Optional.of(ImageIO.getImageWritersByFormatName("jpeg"))
            .filter(Iterator::hasNext)
            .map(Iterator::next)
            .orElseThrow(() -> new IllegalStateException("No JPEG writer"));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
      writer.setOutput(out);
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(0.85f);
      writer.write(null, new IIOImage(image, null, null), param);
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }
}
