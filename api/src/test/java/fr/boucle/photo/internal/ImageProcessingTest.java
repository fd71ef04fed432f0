package fr.boucle.photo.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.boucle.photo.PhotoSettings;
import fr.boucle.shared.web.ServiceUnavailable;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageProcessingTest {

  @TempDir Path dir;

  private static PhotoSettings settings(long maxPixels, int concurrency, Duration wait) {
    return new PhotoSettings(
        "local", "target/photos", 10_485_760, maxPixels, 12, concurrency, wait, null);
  }

  private Path png(int width, int height) throws Exception {
    Path file = dir.resolve("image-" + width + "x" + height + ".png");
    ImageIO.write(
        new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", file.toFile());
    return file;
  }

  @Test
  void decodesWithinThePixelBudget() throws Exception {
    ImageProcessing images = new ImageProcessing(settings(40_000_000, 2, Duration.ofSeconds(1)));
    assertThat(images.decode(png(200, 100)).width()).isEqualTo(200);
  }

  @Test
  void refusesAnImageAboveThePixelBudgetFromItsHeader() throws Exception {
    ImageProcessing images = new ImageProcessing(settings(10_000, 2, Duration.ofSeconds(1)));
    Path file = png(200, 100); // 20 000 pixels
    assertThatThrownBy(() -> images.decode(file))
        .isInstanceOf(ImageProcessing.NotAnImage.class)
        .hasMessageContaining("200×100");
  }

  @Test
  void boundsHowManyImagesAreDecodedAtOnce() throws Exception {
    ImageProcessing images = new ImageProcessing(settings(40_000_000, 1, Duration.ofMillis(200)));
    Path file = png(50, 50);
    // The only decoding slot is taken (as by another upload decoding a large photo).
    assertThat(images.decodingSlots().tryAcquire()).isTrue();
    try {
      assertThatThrownBy(() -> images.process(file))
          .isInstanceOf(ServiceUnavailable.class)
          .satisfies(e -> assertThat(((ServiceUnavailable) e).retryAfterSeconds()).isPositive());
    } finally {
      images.decodingSlots().release();
    }
    ImageProcessing.Processed processed = images.process(file);
    assertThat(processed.width()).isEqualTo(50);
    assertThat(processed.thumb()).isNotEmpty();
    assertThat(Files.exists(file)).isTrue();
  }
}
