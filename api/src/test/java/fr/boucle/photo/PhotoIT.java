package fr.boucle.photo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.boucle.organisation.AccessFixtures;
import fr.boucle.organisation.ApiSession;
import fr.boucle.organisation.TestMail;
import fr.boucle.shared.jdbc.Sql;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Photo upload, derivation, ordering, isolation and serving over real HTTP and PostgreSQL. */
@MicronautTest(transactional = false)
class PhotoIT {

  @RegisterExtension static GreenMailExtension mail = TestMail.smtp();

  @Inject
  @Client("/")
  HttpClient client;

  @Inject Sql sql;
  @Inject PhotoStorage storage;
  @Inject ListingPhotos listingPhotos;

  AccessFixtures fixtures;
  AccessFixtures.Org supplier;
  UUID listing;

  @BeforeEach
  void setUp() {
    fixtures = new AccessFixtures(client.toBlocking());
    supplier = fixtures.supplier("Atelier Photo " + UUID.randomUUID());
    listing = aListing(supplier.id(), "DRAFT");
  }

  // ---- upload and derived sizes -----------------------------------------------------------------

  @Test
  void uploadsJpegPngAndWebpAndDerivesJpegSizes() throws Exception {
    long versionBefore = searchVersion(listing);
    byte[] jpeg = image(1600, 1200, "jpeg", false);
    Map<String, Object> first =
        created(upload(supplier.admin(), listing, "chaise.jpg", jpeg, "Chaise vue de face"));
    assertThat(first)
        .containsEntry("contentType", "image/jpeg")
        .containsEntry("width", 1600)
        .containsEntry("height", 1200)
        .containsEntry("position", 0)
        .containsEntry("alt", "Chaise vue de face");
    assertThat(widthOf(bytes(supplier.admin(), (String) first.get("thumbUrl")))).isEqualTo(320);
    assertThat(widthOf(bytes(supplier.admin(), (String) first.get("largeUrl")))).isEqualTo(1024);
    assertThat(bytes(supplier.admin(), (String) first.get("originalUrl"))).isEqualTo(jpeg);

    byte[] png = image(800, 600, "png", true);
    Map<String, Object> second = created(upload(supplier.admin(), listing, "table.png", png, null));
    assertThat(second).containsEntry("contentType", "image/png").containsEntry("position", 1);
    assertThat(widthOf(bytes(supplier.admin(), (String) second.get("thumbUrl")))).isEqualTo(320);
    // Never upscaled: an 800 px image stays 800 px in the "large" size.
    assertThat(widthOf(bytes(supplier.admin(), (String) second.get("largeUrl")))).isEqualTo(800);

    byte[] webp;
    try (InputStream in = getClass().getResourceAsStream("/photos/gradient-400x300.webp")) {
      webp = in.readAllBytes();
    }
    Map<String, Object> third =
        created(upload(supplier.admin(), listing, "lampe.webp", webp, null));
    assertThat(third)
        .containsEntry("contentType", "image/webp")
        .containsEntry("width", 400)
        .containsEntry("height", 300);
    byte[] webpThumb = bytes(supplier.admin(), (String) third.get("thumbUrl"));
    assertThat(widthOf(webpThumb)).isEqualTo(320);
    assertThat(Arrays.copyOf(webpThumb, 3))
        .isEqualTo(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});

    List<Map> listed = supplier.admin().get(photosOf(listing), List.class);
    assertThat(listed)
        .extracting(p -> p.get("id"))
        .containsExactly(first.get("id"), second.get("id"), third.get("id"));
    assertThat(listingPhotos.firstOf(List.of(listing)).get(listing).id().toString())
        .isEqualTo(first.get("id"));
    // The uploads queued the listing for the catalogue (a new search version; the relay may
    // already have consumed the outbox rows, so they are not counted).
    assertThat(searchVersion(listing)).isGreaterThan(versionBefore);
  }

  @Test
  void refusesAFileNamedJpgThatIsNoImageNamingTheFileField() throws Exception {
    HttpResponse<Map> text =
        upload(
            supplier.admin(),
            listing,
            "photo.jpg",
            "Ceci n'est pas une image".getBytes(StandardCharsets.UTF_8),
            null);
    assertThat(text.code()).isEqualTo(400);
    assertThat(text.getContentType().map(MediaType::toString)).hasValue("application/problem+json");
    assertThat(fields(text)).containsExactly("file");

    // Right magic bytes, broken content.
    byte[] truncated = Arrays.copyOf(image(640, 480, "jpeg", false), 300);
    HttpResponse<Map> broken = upload(supplier.admin(), listing, "photo.jpg", truncated, null);
    assertThat(broken.code()).isEqualTo(400);
    assertThat(fields(broken)).containsExactly("file");

    assertThat(sql.count("SELECT count(*) FROM listing_photo WHERE listing_id = ?", listing))
        .isZero();
  }

  @Test
  void refusesAFileAboveTenMegabytesWith413() throws Exception {
    byte[] big = new byte[10 * 1024 * 1024 + 1];
    System.arraycopy(image(64, 64, "jpeg", false), 0, big, 0, 100);
    HttpResponse<Map> response = upload(supplier.admin(), listing, "big.jpg", big, null);
    assertThat(response.code()).isEqualTo(413);
    assertThat(fields(response)).containsExactly("file");
    // Far above the limit, the multipart decoder refuses it before the photo service sees it.
    HttpResponse<Map> huge =
        upload(supplier.admin(), listing, "huge.jpg", new byte[15 * 1024 * 1024], null);
    assertThat(huge.code()).isEqualTo(413);
    assertThat(fields(huge)).containsExactly("file");
    assertThat(sql.count("SELECT count(*) FROM listing_photo WHERE listing_id = ?", listing))
        .isZero();
  }

  @Test
  void refusesADecompressionBombFromItsHeader() throws Exception {
    HttpResponse<Map> response =
        upload(supplier.admin(), listing, "bomb.png", pngClaiming(60_000, 60_000), null);
    assertThat(response.code()).isEqualTo(400);
    assertThat(fields(response)).containsExactly("file");
    assertThat(String.valueOf(ApiSession.problem(response).get("errors"))).contains("too large");
  }

  @Test
  void refusesTheThirteenthPhoto() throws Exception {
    byte[] small = image(64, 64, "jpeg", false);
    for (int i = 0; i < 12; i++) {
      assertThat(upload(supplier.admin(), listing, "p" + i + ".jpg", small, null).code())
          .isEqualTo(201);
    }
    HttpResponse<Map> thirteenth = upload(supplier.admin(), listing, "p12.jpg", small, null);
    assertThat(thirteenth.code()).isEqualTo(409);
    assertThat(fields(thirteenth)).containsExactly("file");
    assertThat(sql.count("SELECT count(*) FROM listing_photo WHERE listing_id = ?", listing))
        .isEqualTo(12);
  }

  // ---- ordering, alt text, deletion ------------------------------------------------------------

  @Test
  void reordersEditsAltTextAndDeletesClosingTheGap() throws Exception {
    byte[] small = image(64, 64, "jpeg", false);
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      ids.add((String) created(upload(supplier.admin(), listing, "p.jpg", small, null)).get("id"));
    }
    long versionBefore = searchVersion(listing);
    HttpResponse<List> reordered =
        supplier
            .admin()
            .exchange(
                HttpRequest.PUT(
                    photosOf(listing) + "/positions",
                    Map.of("photoIds", List.of(ids.get(2), ids.get(0), ids.get(1)))),
                List.class);
    assertThat(reordered.code()).isEqualTo(200);
    assertThat(idsOf(supplier.admin().get(photosOf(listing), List.class)))
        .containsExactly(ids.get(2), ids.get(0), ids.get(1));
    assertThat(searchVersion(listing)).isGreaterThan(versionBefore);

    HttpResponse<Map> incomplete =
        supplier
            .admin()
            .exchange(
                HttpRequest.PUT(
                    photosOf(listing) + "/positions",
                    Map.of("photoIds", List.of(ids.get(0), ids.get(1)))),
                Map.class);
    assertThat(incomplete.code()).isEqualTo(400);
    assertThat(fields(incomplete)).containsExactly("photoIds");

    HttpResponse<Map> alt =
        supplier
            .admin()
            .exchange(
                HttpRequest.PUT(photosOf(listing) + "/" + ids.get(0), Map.of("alt", "Pied rayé")),
                Map.class);
    assertThat(alt.code()).isEqualTo(200);
    assertThat(alt.body()).containsEntry("alt", "Pied rayé");
    HttpResponse<Map> tooLong =
        supplier
            .admin()
            .exchange(
                HttpRequest.PUT(
                    photosOf(listing) + "/" + ids.get(0), Map.of("alt", "x".repeat(301))),
                Map.class);
    assertThat(tooLong.code()).isEqualTo(400);
    assertThat(fields(tooLong)).containsExactly("alt");

    String thumbKey =
        sql.one(
                "SELECT thumb_key FROM listing_photo WHERE id = ?",
                rs -> rs.getString(1),
                UUID.fromString(ids.get(0)))
            .orElseThrow();
    assertThat(storage.get(thumbKey)).isPresent().get().satisfies(InputStream::close);
    HttpResponse<Map> deleted =
        supplier
            .admin()
            .exchange(HttpRequest.DELETE(photosOf(listing) + "/" + ids.get(0)), Map.class);
    assertThat(deleted.code()).isEqualTo(204);
    List<Map> remaining = supplier.admin().get(photosOf(listing), List.class);
    assertThat(idsOf(remaining)).containsExactly(ids.get(2), ids.get(1));
    assertThat(remaining).extracting(p -> p.get("position")).containsExactly(0, 1);
    assertThat(storage.get(thumbKey)).isEmpty();
    assertThat(
            supplier
                .admin()
                .exchange(HttpRequest.GET("/api/photos/" + ids.get(0) + "/thumb"), byte[].class)
                .code())
        .isEqualTo(404);
  }

  // ---- isolation and access ---------------------------------------------------------------------

  @Test
  void anotherOrganisationGets404EverywhereAndChangesNothing() throws Exception {
    String id =
        (String)
            created(
                    upload(
                        supplier.admin(), listing, "p.jpg", image(64, 64, "jpeg", false), "à moi"))
                .get("id");
    AccessFixtures.Org other = fixtures.supplier("Autre Atelier " + UUID.randomUUID());
    ApiSession intruder = other.admin();

    assertThat(upload(intruder, listing, "p.jpg", image(64, 64, "jpeg", false), null).code())
        .isEqualTo(404);
    assertThat(intruder.exchange(HttpRequest.GET(photosOf(listing)), Map.class).code())
        .isEqualTo(404);
    assertThat(
            intruder.exchange(HttpRequest.DELETE(photosOf(listing) + "/" + id), Map.class).code())
        .isEqualTo(404);
    assertThat(
            intruder
                .exchange(
                    HttpRequest.PUT(photosOf(listing) + "/" + id, Map.of("alt", "volé")), Map.class)
                .code())
        .isEqualTo(404);
    assertThat(
            intruder
                .exchange(
                    HttpRequest.PUT(
                        photosOf(listing) + "/positions", Map.of("photoIds", List.of(id))),
                    Map.class)
                .code())
        .isEqualTo(404);
    // The intruder's own listing does not open the door to a photo of another listing either.
    UUID own = aListing(other.id(), "DRAFT");
    assertThat(intruder.exchange(HttpRequest.DELETE(photosOf(own) + "/" + id), Map.class).code())
        .isEqualTo(404);
    // A draft listing's photo is invisible to others and to anonymous callers.
    for (String size : List.of("thumb", "large", "original")) {
      assertThat(
              intruder
                  .exchange(HttpRequest.GET("/api/photos/" + id + "/" + size), byte[].class)
                  .code())
          .isEqualTo(404);
      assertThat(
              new ApiSession(client.toBlocking())
                  .exchange(HttpRequest.GET("/api/photos/" + id + "/" + size), byte[].class)
                  .code())
          .isEqualTo(404);
    }
    assertThat(listingPhotos.of(listing))
        .singleElement()
        .satisfies(p -> assertThat(p.alt()).isEqualTo("à moi"));

    // A buyer has no stock: a listing id names nothing for it.
    AccessFixtures.Org buyer = fixtures.buyer("Mairie " + UUID.randomUUID());
    assertThat(upload(buyer.admin(), listing, "p.jpg", image(64, 64, "jpeg", false), null).code())
        .isEqualTo(404);
  }

  @Test
  void apiTokensNeedTheStockWriteScopeToUpload() throws Exception {
    String readOnly = token("stock:read");
    String writer = token("stock:write");
    byte[] small = image(64, 64, "jpeg", false);
    ApiSession reader = ApiSession.bearer(client.toBlocking(), readOnly);
    assertThat(upload(reader, listing, "p.jpg", small, null).code()).isEqualTo(403);
    assertThat(reader.exchange(HttpRequest.GET(photosOf(listing)), List.class).code())
        .isEqualTo(200);
    assertThat(
            upload(ApiSession.bearer(client.toBlocking(), writer), listing, "p.jpg", small, null)
                .code())
        .isEqualTo(201);
  }

  @Test
  void servesPublishedPhotosToAnyoneWithYearLongCachingAndEtags() throws Exception {
    Map<String, Object> photo =
        created(upload(supplier.admin(), listing, "p.jpg", image(640, 480, "jpeg", false), null));
    String thumb = (String) photo.get("thumbUrl");
    HttpResponse<byte[]> draft = supplier.admin().exchange(HttpRequest.GET(thumb), byte[].class);
    assertThat(draft.code()).isEqualTo(200);
    assertThat(draft.header("Cache-Control")).isEqualTo("private, max-age=31536000, immutable");

    sql.update("UPDATE listing SET status = 'PUBLISHED' WHERE id = ?", listing);
    ApiSession anonymous = new ApiSession(client.toBlocking());
    HttpResponse<byte[]> served = anonymous.exchange(HttpRequest.GET(thumb), byte[].class);
    assertThat(served.code()).isEqualTo(200);
    assertThat(served.header("Cache-Control")).isEqualTo("public, max-age=31536000, immutable");
    // The public listing page shows the gallery, without the original.
    Map page = anonymous.get("/api/catalogue/listings/" + listing, Map.class);
    assertThat((List<Map>) page.get("photos"))
        .singleElement()
        .satisfies(p -> {
          assertThat(p.get("thumbUrl")).isEqualTo(thumb);
          assertThat(p).doesNotContainKey("originalUrl");
        });
    // The original as uploaded may carry EXIF (GPS) data: only its supplier gets it.
    assertThat(
            supplier
                .admin()
                .exchange(HttpRequest.GET((String) photo.get("originalUrl")), byte[].class)
                .code())
        .isEqualTo(200);
    assertThat(
            new ApiSession(client.toBlocking())
                .exchange(HttpRequest.GET((String) photo.get("originalUrl")), byte[].class)
                .code())
        .isEqualTo(404);
    assertThat(served.getContentType().map(MediaType::toString)).hasValue("image/jpeg");
    String etag = served.header("ETag");
    assertThat(etag).startsWith("\"").endsWith("-thumb\"");
    assertThat(widthOf(served.body())).isEqualTo(320);

    HttpResponse<byte[]> revalidated =
        anonymous.exchange(HttpRequest.GET(thumb).header("If-None-Match", etag), byte[].class);
    assertThat(revalidated.code()).isEqualTo(304);
    assertThat(revalidated.header("ETag")).isEqualTo(etag);
    HttpResponse<byte[]> stale =
        anonymous.exchange(
            HttpRequest.GET(thumb).header("If-None-Match", "\"something-else\""), byte[].class);
    assertThat(stale.code()).isEqualTo(200);

    sql.update("UPDATE listing SET status = 'SOLD_OUT' WHERE id = ?", listing);
    assertThat(anonymous.exchange(HttpRequest.GET(thumb), byte[].class).code()).isEqualTo(200);
    sql.update("UPDATE listing SET status = 'ARCHIVED' WHERE id = ?", listing);
    assertThat(anonymous.exchange(HttpRequest.GET(thumb), byte[].class).code()).isEqualTo(404);
    assertThat(
            anonymous
                .exchange(HttpRequest.GET("/api/photos/" + photo.get("id") + "/huge"), byte[].class)
                .code())
        .isEqualTo(404);
  }

  @Test
  void refusesStorageKeysThatCouldLeaveTheStore() {
    for (String key :
        List.of(
            "../outside.jpg",
            "listings/../../etc/passwd",
            "/etc/passwd",
            "a\\..\\b",
            "",
            "a//b",
            "./a",
            "A/B")) {
      assertThatThrownBy(
              () -> storage.put(key, new ByteArrayInputStream(new byte[] {1}), 1, "image/jpeg"))
          .as(key)
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> storage.get(key))
          .as(key)
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> storage.delete(key))
          .as(key)
          .isInstanceOf(IllegalArgumentException.class);
    }
    ApiSession anonymous = new ApiSession(client.toBlocking());
    for (String path :
        List.of(
            "/api/photos/..%2F..%2Fetc%2Fpasswd/original",
            "/api/photos/" + UUID.randomUUID() + "/..%2F..%2Fpasswd")) {
      assertThat(anonymous.exchange(HttpRequest.GET(path), byte[].class).code())
          .as(path)
          .isIn(400, 404);
    }
  }

  // ---- helpers ----------------------------------------------------------------------------------

  private UUID aListing(UUID supplierId, String status) {
    UUID depot = UUID.randomUUID();
    sql.update(
        "INSERT INTO depot (id, organisation_id, name, street, postcode, city, department, latitude, longitude)"
            + " VALUES (?, ?, 'Dépôt', '1 rue du Test', '93100', 'Montreuil', '93', 48.86, 2.44)",
        depot,
        supplierId);
    UUID id = UUID.randomUUID();
    String category =
        sql.one("SELECT id FROM category ORDER BY id LIMIT 1", rs -> rs.getString(1)).orElseThrow();
    sql.update(
        "INSERT INTO listing (id, supplier_id, sku, kind, title, category_id, condition_grade, origin,"
            + " price_excl_vat_cents, vat_rate_bp, depot_id, status)"
            + " VALUES (?, ?, ?, 'UNIQUE_ITEM', 'Chaise en chêne', ?, 'BON_ETAT', 'REEMPLOI', 4500, 2000, ?, ?)",
        id,
        supplierId,
        "SKU-" + id,
        category,
        depot,
        status);
    return id;
  }

  private long searchVersion(UUID listingId) {
    return sql.count("SELECT search_version FROM listing WHERE id = ?", listingId);
  }

  private String token(String scope) {
    HttpResponse<Map> created =
        supplier
            .admin()
            .exchange(
                HttpRequest.POST(
                    "/api/organisation/api-tokens",
                    Map.of("name", "Photos " + scope, "scopes", List.of(scope))),
                Map.class);
    assertThat(created.code()).isEqualTo(201);
    return (String) created.body().get("secret");
  }

  private static String photosOf(UUID listingId) {
    return "/api/stock/listings/" + listingId + "/photos";
  }

  private static HttpResponse<Map> upload(
      ApiSession session, UUID listingId, String name, byte[] content, String alt) {
    MultipartBody.Builder body =
        MultipartBody.builder().addPart("file", name, MediaType.IMAGE_JPEG_TYPE, content);
    String query =
        alt == null
            ? ""
            : "?alt=" + java.net.URLEncoder.encode(alt, java.nio.charset.StandardCharsets.UTF_8);
    return session.exchange(
        HttpRequest.POST(photosOf(listingId) + query, body.build())
            .contentType(MediaType.MULTIPART_FORM_DATA_TYPE),
        Map.class);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> created(HttpResponse<Map> response) {
    assertThat(response.code())
        .as("upload: %s", response.getBody(Map.class).orElse(null))
        .isEqualTo(201);
    return response.body();
  }

  private static byte[] bytes(ApiSession session, String url) {
    HttpResponse<byte[]> response = session.exchange(HttpRequest.GET(url), byte[].class);
    assertThat(response.code()).as(url).isEqualTo(200);
    return response.body();
  }

  @SuppressWarnings("unchecked")
  private static List<String> fields(HttpResponse<?> response) {
    List<Map<String, Object>> errors =
        (List<Map<String, Object>>) ApiSession.problem(response).get("errors");
    assertThat(errors).as("problem errors of %s", ApiSession.problem(response)).isNotNull();
    return errors.stream().map(e -> (String) e.get("field")).toList();
  }

  private static List<Object> idsOf(List<Map> photos) {
    return photos.stream().map(p -> p.get("id")).toList();
  }

  private static int widthOf(byte[] image) throws IOException {
    BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(image));
    assertThat(decoded).as("a decodable image").isNotNull();
    return decoded.getWidth();
  }

  /** A picture drawn in code: a gradient with a shape, so the encoders have something to keep. */
  static byte[] image(int width, int height, String format, boolean alpha) throws IOException {
    BufferedImage img =
        new BufferedImage(
            width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    for (int x = 0; x < width; x += Math.max(1, width / 64)) {
      g.setColor(new Color((x * 255) / width, 80, 160, alpha ? 200 : 255));
      g.fillRect(x, 0, Math.max(1, width / 64), height);
    }
    g.setColor(Color.ORANGE);
    g.fillOval(width / 4, height / 4, width / 2, height / 2);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThat(ImageIO.write(img, format, out)).isTrue();
    return out.toByteArray();
  }

  /** A valid PNG header announcing a huge image, followed by almost no pixel data. */
  static byte[] pngClaiming(int width, int height) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
    ByteBuffer ihdr =
        ByteBuffer.allocate(13)
            .putInt(width)
            .putInt(height)
            .put((byte) 8)
            .put((byte) 2)
            .put((byte) 0)
            .put((byte) 0)
            .put((byte) 0);
    chunk(out, "IHDR", ihdr.array());
    chunk(out, "IDAT", new byte[] {0x78, (byte) 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01});
    chunk(out, "IEND", new byte[0]);
    return out.toByteArray();
  }

  private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
    out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
    byte[] t = type.getBytes(StandardCharsets.US_ASCII);
    out.writeBytes(t);
    out.writeBytes(data);
    CRC32 crc = new CRC32();
    crc.update(t);
    crc.update(data);
    out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }
}
