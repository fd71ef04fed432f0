package fr.boucle.photo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.boucle.listing.ListingViews;
import fr.boucle.listing.StockFixtures;
import fr.boucle.organisation.AccessFixtures;
import fr.boucle.organisation.ApiSession;
import fr.boucle.organisation.TestMail;
import fr.boucle.shared.jdbc.Sql;
import io.micronaut.core.type.Argument;
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

  /** A relevant alternative text: a photo needs one (RGAA 1.3). */
  static final String ALT = "Chaise noire vue de face";

  static final Argument<List<PhotoRef>> PHOTO_LIST = Argument.listOf(PhotoRef.class);

  AccessFixtures fixtures;
  AccessFixtures.Org supplier;
  UUID listing;

  @BeforeEach
  void setUp() {
    fixtures = new AccessFixtures(client.toBlocking());
    supplier = fixtures.supplier("Atelier Photo " + UUID.randomUUID());
    listing = aListing(supplier);
  }

  // ---- upload and derived sizes -----------------------------------------------------------------

  @Test
  void uploadsJpegPngAndWebpAndDerivesJpegSizes() throws Exception {
    long versionBefore = searchVersion(listing);
    byte[] jpeg = image(1600, 1200, "jpeg", false);
    PhotoRef first =
        created(upload(supplier.admin(), listing, "chaise.jpg", jpeg, "Chaise vue de face"));
    assertThat(first.contentType()).isEqualTo("image/jpeg");
    assertThat(first.width()).isEqualTo(1600);
    assertThat(first.height()).isEqualTo(1200);
    assertThat(first.position()).isEqualTo(0);
    assertThat(first.alt()).isEqualTo("Chaise vue de face");
    assertThat(widthOf(bytes(supplier.admin(), first.thumbUrl()))).isEqualTo(320);
    assertThat(widthOf(bytes(supplier.admin(), first.largeUrl()))).isEqualTo(1024);
    assertThat(bytes(supplier.admin(), first.originalUrl())).isEqualTo(jpeg);

    byte[] png = image(800, 600, "png", true);
    PhotoRef second = created(upload(supplier.admin(), listing, "table.png", png, ALT));
    assertThat(second.contentType()).isEqualTo("image/png");
    assertThat(second.position()).isEqualTo(1);
    assertThat(widthOf(bytes(supplier.admin(), second.thumbUrl()))).isEqualTo(320);
    // Never upscaled: an 800 px image stays 800 px in the "large" size.
    assertThat(widthOf(bytes(supplier.admin(), second.largeUrl()))).isEqualTo(800);

    byte[] webp;
    try (InputStream in = getClass().getResourceAsStream("/photos/gradient-400x300.webp")) {
      webp = in.readAllBytes();
    }
    PhotoRef third = created(upload(supplier.admin(), listing, "lampe.webp", webp, ALT));
    assertThat(third.contentType()).isEqualTo("image/webp");
    assertThat(third.width()).isEqualTo(400);
    assertThat(third.height()).isEqualTo(300);
    byte[] webpThumb = bytes(supplier.admin(), third.thumbUrl());
    assertThat(widthOf(webpThumb)).isEqualTo(320);
    assertThat(Arrays.copyOf(webpThumb, 3))
        .isEqualTo(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});

    assertThat(photos(supplier.admin(), listing))
        .extracting(PhotoRef::id)
        .containsExactly(first.id(), second.id(), third.id());
    assertThat(listingPhotos.firstOf(List.of(listing)).get(listing).id()).isEqualTo(first.id());
    // The uploads queued the listing for the catalogue (a new search version; the relay may
    // already have consumed the outbox rows, so they are not counted).
    assertThat(searchVersion(listing)).isGreaterThan(versionBefore);
  }

  @Test
  void refusesAFileNamedJpgThatIsNoImageNamingTheFileField() throws Exception {
    HttpResponse<PhotoRef> text =
        upload(
            supplier.admin(),
            listing,
            "photo.jpg",
            "Ceci n'est pas une image".getBytes(StandardCharsets.UTF_8),
            ALT);
    assertThat(text.code()).isEqualTo(400);
    assertThat(text.getContentType().map(MediaType::toString)).hasValue("application/problem+json");
    assertThat(fields(text)).containsExactly("file");

    // Right magic bytes, broken content.
    byte[] truncated = Arrays.copyOf(image(640, 480, "jpeg", false), 300);
    HttpResponse<PhotoRef> broken = upload(supplier.admin(), listing, "photo.jpg", truncated, ALT);
    assertThat(broken.code()).isEqualTo(400);
    assertThat(fields(broken)).containsExactly("file");

    assertThat(listingPhotos.of(listing)).isEmpty();
  }

  @Test
  void refusesAFileAboveTenMegabytesWith413() throws Exception {
    byte[] big = new byte[10 * 1024 * 1024 + 1];
    System.arraycopy(image(64, 64, "jpeg", false), 0, big, 0, 100);
    HttpResponse<PhotoRef> response = upload(supplier.admin(), listing, "big.jpg", big, ALT);
    assertThat(response.code()).isEqualTo(413);
    assertThat(fields(response)).containsExactly("file");
    // Far above the limit, the multipart decoder refuses it before the photo service sees it.
    HttpResponse<PhotoRef> huge =
        upload(supplier.admin(), listing, "huge.jpg", new byte[15 * 1024 * 1024], ALT);
    assertThat(huge.code()).isEqualTo(413);
    assertThat(fields(huge)).containsExactly("file");
    assertThat(listingPhotos.of(listing)).isEmpty();
  }

  @Test
  void refusesADecompressionBombFromItsHeader() throws Exception {
    HttpResponse<PhotoRef> response =
        upload(supplier.admin(), listing, "bomb.png", pngClaiming(60_000, 60_000), ALT);
    assertThat(response.code()).isEqualTo(400);
    assertThat(fields(response)).containsExactly("file");
    assertThat(String.valueOf(ApiSession.problem(response).get("errors"))).contains("too large");
  }

  @Test
  void refusesTheThirteenthPhoto() throws Exception {
    byte[] small = image(64, 64, "jpeg", false);
    for (int i = 0; i < 12; i++) {
      assertThat(upload(supplier.admin(), listing, "p" + i + ".jpg", small, ALT).code())
          .isEqualTo(201);
    }
    HttpResponse<PhotoRef> thirteenth = upload(supplier.admin(), listing, "p12.jpg", small, ALT);
    assertThat(thirteenth.code()).isEqualTo(409);
    assertThat(fields(thirteenth)).containsExactly("file");
    assertThat(listingPhotos.of(listing)).hasSize(12);
  }

  // ---- alternative text (RGAA 1.3) -------------------------------------------------------------

  @Test
  @SuppressWarnings("unchecked")
  void refusesAPhotoWithoutARelevantAlternativeBeforeStoringAnything() throws Exception {
    byte[] small = image(64, 64, "jpeg", false);
    assertThat(fieldCodes(upload(supplier.admin(), listing, "chaise.jpg", small, null)))
        .containsExactly("alt:photo-alt-required");
    assertThat(fieldCodes(upload(supplier.admin(), listing, "chaise.jpg", small, "  ")))
        .containsExactly("alt:photo-alt-required");
    assertThat(fieldCodes(upload(supplier.admin(), listing, "chaise.jpg", small, "IMG_1234.jpg")))
        .containsExactly("alt:photo-alt-not-relevant");
    assertThat(
            fieldCodes(
                upload(supplier.admin(), listing, "chaise-bureau.jpg", small, "chaise-bureau")))
        .as("the uploaded file's own name, without its extension")
        .containsExactly("alt:photo-alt-not-relevant");
    assertThat(fieldCodes(upload(supplier.admin(), listing, "x.jpg", small, "Photo 2")))
        .containsExactly("alt:photo-alt-not-relevant");
    assertThat(listingPhotos.of(listing)).isEmpty();
    assertThat(sql.count("SELECT count(*) FROM listing_photo WHERE listing_id = ?", listing))
        .isZero();

    // The problem speaks the caller's language, from its code.
    HttpResponse<PhotoRef> french =
        supplier
            .admin()
            .exchange(
                HttpRequest.POST(
                        photosOf(listing) + "?alt=image",
                        MultipartBody.builder()
                            .addPart("file", "a.jpg", MediaType.IMAGE_JPEG_TYPE, small)
                            .build())
                    .contentType(MediaType.MULTIPART_FORM_DATA_TYPE)
                    .header("Accept-Language", "fr"),
                PhotoRef.class);
    assertThat(french.code()).isEqualTo(400);
    List<Map<String, Object>> errors =
        (List<Map<String, Object>>) ApiSession.problem(french).get("errors");
    assertThat((String) errors.get(0).get("message")).startsWith("Dites ce que montre la photo");

    PhotoRef kept = created(upload(supplier.admin(), listing, "chaise.jpg", small, ALT));
    assertThat(kept.alt()).isEqualTo(ALT);
    String one = photosOf(listing) + "/" + kept.id();
    assertThat(
            fieldCodes(
                supplier.admin().exchange(HttpRequest.PUT(one, Map.of("alt", "")), Map.class)))
        .containsExactly("alt:photo-alt-required");
    assertThat(
            fieldCodes(
                supplier
                    .admin()
                    .exchange(HttpRequest.PUT(one, Map.of("alt", "DSC_0042.JPG")), Map.class)))
        .containsExactly("alt:photo-alt-not-relevant");
    assertThat(listingPhotos.of(listing)).extracting(PhotoRef::alt).containsExactly(ALT);
  }

  // ---- ordering, alt text, deletion ------------------------------------------------------------

  @Test
  void reordersEditsAltTextAndDeletesClosingTheGap() throws Exception {
    byte[] small = image(64, 64, "jpeg", false);
    List<UUID> ids = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      ids.add(created(upload(supplier.admin(), listing, "p.jpg", small, ALT)).id());
    }
    long versionBefore = searchVersion(listing);
    HttpResponse<List<PhotoRef>> reordered =
        supplier
            .admin()
            .exchange(
                HttpRequest.PUT(
                    photosOf(listing) + "/positions",
                    Map.of("photoIds", List.of(ids.get(2), ids.get(0), ids.get(1)))),
                PHOTO_LIST);
    assertThat(reordered.code()).isEqualTo(200);
    assertThat(reordered.body())
        .extracting(PhotoRef::id)
        .containsExactly(ids.get(2), ids.get(0), ids.get(1));
    assertThat(photos(supplier.admin(), listing))
        .extracting(PhotoRef::id)
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

    HttpResponse<PhotoRef> alt =
        supplier
            .admin()
            .exchange(
                HttpRequest.PUT(photosOf(listing) + "/" + ids.get(0), Map.of("alt", "Pied rayé")),
                PhotoRef.class);
    assertThat(alt.code()).isEqualTo(200);
    assertThat(alt.body().alt()).isEqualTo("Pied rayé");
    assertThat(alt.body().id()).isEqualTo(ids.get(0));
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
                ids.get(0))
            .orElseThrow();
    assertThat(storage.get(thumbKey)).isPresent().get().satisfies(InputStream::close);
    HttpResponse<Map> deleted =
        supplier
            .admin()
            .exchange(HttpRequest.DELETE(photosOf(listing) + "/" + ids.get(0)), Map.class);
    assertThat(deleted.code()).isEqualTo(204);
    List<PhotoRef> remaining = photos(supplier.admin(), listing);
    assertThat(remaining).extracting(PhotoRef::id).containsExactly(ids.get(2), ids.get(1));
    assertThat(remaining).extracting(PhotoRef::position).containsExactly(0, 1);
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
    UUID id =
        created(upload(supplier.admin(), listing, "p.jpg", image(64, 64, "jpeg", false), "à moi"))
            .id();
    AccessFixtures.Org other = fixtures.supplier("Autre Atelier " + UUID.randomUUID());
    ApiSession intruder = other.admin();

    assertThat(upload(intruder, listing, "p.jpg", image(64, 64, "jpeg", false), ALT).code())
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
    UUID own = aListing(other);
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
    assertThat(upload(buyer.admin(), listing, "p.jpg", image(64, 64, "jpeg", false), ALT).code())
        .isEqualTo(404);
  }

  @Test
  void apiTokensNeedTheStockWriteScopeToUpload() throws Exception {
    String readOnly = token("stock:read");
    String writer = token("stock:write");
    byte[] small = image(64, 64, "jpeg", false);
    ApiSession reader = ApiSession.bearer(client.toBlocking(), readOnly);
    assertThat(upload(reader, listing, "p.jpg", small, ALT).code()).isEqualTo(403);
    HttpResponse<List<PhotoRef>> listed =
        reader.exchange(HttpRequest.GET(photosOf(listing)), PHOTO_LIST);
    assertThat(listed.code()).isEqualTo(200);
    assertThat(listed.body()).isEmpty();
    assertThat(
            upload(ApiSession.bearer(client.toBlocking(), writer), listing, "p.jpg", small, ALT)
                .code())
        .isEqualTo(201);
  }

  @Test
  void servesPublishedPhotosToAnyoneWithYearLongCachingAndEtags() throws Exception {
    PhotoRef photo =
        created(upload(supplier.admin(), listing, "p.jpg", image(640, 480, "jpeg", false), ALT));
    String thumb = photo.thumbUrl();
    HttpResponse<byte[]> draft = supplier.admin().exchange(HttpRequest.GET(thumb), byte[].class);
    assertThat(draft.code()).isEqualTo(200);
    assertThat(draft.header("Cache-Control")).isEqualTo("private, max-age=31536000, immutable");

    assertThat(status(listing, "PUBLISHED").status()).isEqualTo("PUBLISHED");
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
    assertThat(supplier.admin().exchange(HttpRequest.GET(photo.originalUrl()), byte[].class).code())
        .isEqualTo(200);
    assertThat(
            new ApiSession(client.toBlocking())
                .exchange(HttpRequest.GET(photo.originalUrl()), byte[].class)
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

    assertThat(StockFixtures.move(supplier.admin(), listing, StockFixtures.sold(1)).body().status())
        .isEqualTo("SOLD_OUT");
    assertThat(anonymous.exchange(HttpRequest.GET(thumb), byte[].class).code()).isEqualTo(200);
    assertThat(status(listing, "ARCHIVED").status()).isEqualTo("ARCHIVED");
    assertThat(anonymous.exchange(HttpRequest.GET(thumb), byte[].class).code()).isEqualTo(404);
    assertThat(
            anonymous
                .exchange(HttpRequest.GET("/api/photos/" + photo.id() + "/huge"), byte[].class)
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

  /** A draft oak chair, one unique item, in a depot of the supplier's own. */
  private UUID aListing(AccessFixtures.Org owner) {
    StockFixtures.aDepot(owner.admin(), "Dépôt");
    return StockFixtures.created(
            owner.admin(),
            StockFixtures.aFridge("SKU-" + UUID.randomUUID())
                .title("Chaise en chêne")
                .category("siege-bureau")
                .condition("BON_ETAT")
                .origin("REEMPLOI")
                .energyClass(null)
                .price("45.00")
                .uniqueItem("CH-1"))
        .id();
  }

  private ListingViews.ListingView status(UUID listingId, String status) {
    HttpResponse<ListingViews.ListingView> r =
        supplier
            .admin()
            .exchange(
                HttpRequest.POST(
                    "/api/stock/listings/" + listingId + "/status", Map.of("status", status)),
                ListingViews.ListingView.class);
    assertThat(r.code()).isEqualTo(200);
    return r.body();
  }

  private long searchVersion(UUID listingId) {
    return supplier
        .admin()
        .get("/api/stock/listings/" + listingId, ListingViews.ListingView.class)
        .version();
  }

  private static List<PhotoRef> photos(ApiSession session, UUID listingId) {
    HttpResponse<List<PhotoRef>> r =
        session.exchange(HttpRequest.GET(photosOf(listingId)), PHOTO_LIST);
    assertThat(r.code()).isEqualTo(200);
    return r.body();
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

  private static HttpResponse<PhotoRef> upload(
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
        PhotoRef.class);
  }

  private static PhotoRef created(HttpResponse<PhotoRef> response) {
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

  /** "field:code" of each field error of a 400 problem. */
  @SuppressWarnings("unchecked")
  private static List<String> fieldCodes(HttpResponse<?> response) {
    assertThat(response.code()).isEqualTo(400);
    List<Map<String, Object>> errors =
        (List<Map<String, Object>>) ApiSession.problem(response).get("errors");
    assertThat(errors).as("problem errors of %s", ApiSession.problem(response)).isNotNull();
    return errors.stream().map(e -> e.get("field") + ":" + e.get("code")).toList();
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
