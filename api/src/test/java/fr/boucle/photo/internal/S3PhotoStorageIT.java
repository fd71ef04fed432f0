package fr.boucle.photo.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.boucle.photo.PhotoSettings;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The S3 store against a real S3-compatible server named by {@code BOUCLE_TEST_S3_ENDPOINT} (e.g.
 * {@code moto_server -p 9090}; see README "Photos"). Skipped when no such server is configured.
 */
class S3PhotoStorageIT {

  static String endpoint = System.getenv("BOUCLE_TEST_S3_ENDPOINT");
  // s3rver's fixed credentials unless told otherwise.
  static String accessKey = System.getenv().getOrDefault("BOUCLE_TEST_S3_ACCESS_KEY", "S3RVER");
  static String secretKey = System.getenv().getOrDefault("BOUCLE_TEST_S3_SECRET_KEY", "S3RVER");
  static String bucket = "boucle-photos-it-" + UUID.randomUUID().toString().substring(0, 8);
  static S3PhotoStorage storage;

  @BeforeAll
  static void createBucket() {
    assumeTrue(endpoint != null && !endpoint.isBlank(), "BOUCLE_TEST_S3_ENDPOINT is not set");
    try (S3Client admin =
        S3Client.builder()
            .httpClientBuilder(UrlConnectionHttpClient.builder())
            .endpointOverride(java.net.URI.create(endpoint))
            .region(Region.EU_WEST_3)
            .forcePathStyle(true)
            .credentialsProvider(
                StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey)))
            .build()) {
      admin.createBucket(r -> r.bucket(bucket));
    }
    storage =
        new S3PhotoStorage(
            new PhotoSettings(
                "s3",
                "unused",
                10_485_760,
                40_000_000,
                12,
                2,
                java.time.Duration.ofSeconds(10),
                new PhotoSettings.S3(endpoint, "eu-west-3", bucket, accessKey, secretKey, true)));
  }

  @Test
  void storesReadsAndDeletesObjectsByKey() throws Exception {
    byte[] content = new byte[300_000];
    new java.util.Random(7).nextBytes(content);
    String key = "listings/" + UUID.randomUUID() + "/" + UUID.randomUUID() + "/original.jpg";

    storage.put(key, new ByteArrayInputStream(content), content.length, "image/jpeg");
    Optional<InputStream> read = storage.get(key);
    assertThat(read).isPresent();
    try (InputStream in = read.get()) {
      assertThat(in.readAllBytes()).isEqualTo(content);
    }

    storage.delete(key);
    assertThat(storage.get(key)).isEmpty();
    storage.delete(key); // deleting a missing object is not an error
  }

  @Test
  void refusesKeysThatCouldNameAnotherObject() {
    for (String key : new String[] {"../x", "/abs", "a/../b", "A/b"}) {
      assertThatThrownBy(() -> storage.get(key)).isInstanceOf(IllegalArgumentException.class);
    }
  }
}
