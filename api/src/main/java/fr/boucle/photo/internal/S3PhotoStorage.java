package fr.boucle.photo.internal;

import fr.boucle.photo.PhotoSettings;
import fr.boucle.photo.PhotoStorage;
import io.micronaut.context.annotation.Requires;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * Photos in an S3-compatible bucket ({@code boucle.photos.storage: s3}), for several servers.
 * Credentials come from {@code boucle.photos.s3.access-key/secret-key}, else from the AWS default
 * chain (environment, profile, instance role).
 */
@Singleton
@Requires(property = "boucle.photos.storage", value = "s3")
class S3PhotoStorage implements PhotoStorage {

  private final S3Client s3;
  private final String bucket;

  S3PhotoStorage(PhotoSettings settings) {
    PhotoSettings.S3 c = settings.s3();
    if (c == null || c.bucket() == null || c.bucket().isBlank()) {
      throw new IllegalStateException("boucle.photos.s3.bucket is required with storage: s3");
    }
    S3ClientBuilder builder =
        S3Client.builder()
            .httpClientBuilder(UrlConnectionHttpClient.builder())
            .region(Region.of(c.region()))
            .forcePathStyle(c.pathStyle())
            // Checksums only where S3 requires them: many S3-compatible stores do not understand
            // the aws-chunked uploads with trailing checksums that the SDK sends by default.
            .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
            .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
            // Nor do all of them decode aws-chunked bodies, which the SDK sends over plain HTTP;
            // without it the payload is hashed whole, so put() gives the SDK a re-readable file.
            .serviceConfiguration(S3Configuration.builder().chunkedEncodingEnabled(false).build());
    if (c.endpoint() != null && !c.endpoint().isBlank()) {
      builder.endpointOverride(URI.create(c.endpoint()));
    }
    if (c.accessKey() != null && !c.accessKey().isBlank()) {
      builder.credentialsProvider(
          StaticCredentialsProvider.create(
              AwsBasicCredentials.create(c.accessKey(), c.secretKey())));
    } else {
      builder.credentialsProvider(DefaultCredentialsProvider.builder().build());
    }
    this.s3 = builder.build();
    this.bucket = c.bucket();
  }

  @Override
  public void put(String key, InputStream content, long length, String contentType)
      throws IOException {
    PhotoStorage.checkKey(key);
    Path temp = Files.createTempFile("boucle-s3-", ".put");
    try {
      long copied = Files.copy(content, temp, StandardCopyOption.REPLACE_EXISTING);
      if (copied != length) {
        throw new IOException("Expected " + length + " bytes for " + key + ", read " + copied);
      }
      s3.putObject(
          r -> r.bucket(bucket).key(key).contentType(contentType).contentLength(length),
          RequestBody.fromFile(temp));
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  @Override
  public Optional<InputStream> get(String key) throws IOException {
    PhotoStorage.checkKey(key);
    try {
      return Optional.of(s3.getObject(r -> r.bucket(bucket).key(key)));
    } catch (NoSuchKeyException e) {
      return Optional.empty();
    }
  }

  @Override
  public void delete(String key) {
    PhotoStorage.checkKey(key);
    s3.deleteObject(r -> r.bucket(bucket).key(key));
  }

  @PreDestroy
  void close() {
    s3.close();
  }
}
