package fr.boucle.photo;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * {@code boucle.photos}: where photos are stored and how large they may be. {@code storage} is
 * {@code local} (a directory, the default) or {@code s3} (any S3-compatible store). At most {@code
 * decodeConcurrency} uploads are decoded at once (a decoded 40-megapixel image holds 160 MB); one
 * that waits longer than {@code decodeWait} is told to try again.
 */
@ConfigurationProperties("boucle.photos")
public record PhotoSettings(
    @Bindable(defaultValue = "local") String storage,
    @Bindable(defaultValue = ".stack/photos") String localDir,
    @Bindable(defaultValue = "10485760") long maxBytes,
    @Bindable(defaultValue = "40000000") long maxPixels,
    @Bindable(defaultValue = "12") int maxPerListing,
    @Bindable(defaultValue = "2") int decodeConcurrency,
    @Bindable(defaultValue = "10s") Duration decodeWait,
    @Nullable S3 s3) {

  /** An S3-compatible bucket; {@code endpoint} is empty for AWS itself. */
  @ConfigurationProperties("s3")
  public record S3(
      @Nullable String endpoint,
      @Bindable(defaultValue = "eu-west-3") String region,
      @Nullable String bucket,
      @Nullable String accessKey,
      @Nullable String secretKey,
      @Bindable(defaultValue = "true") boolean pathStyle) {}
}
