package fr.boucle.photo.internal;

import fr.boucle.listing.StockAccess;
import fr.boucle.photo.ListingPhotos;
import fr.boucle.photo.PhotoRef;
import fr.boucle.photo.PhotoSettings;
import fr.boucle.photo.PhotoSize;
import fr.boucle.photo.PhotoStorage;
import fr.boucle.shared.jdbc.Sql;
import fr.boucle.shared.security.CurrentUser;
import fr.boucle.shared.web.NotFound;
import fr.boucle.shared.web.Problem;
import fr.boucle.shared.web.ValidationFailed;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Listing photos: upload (sniffed, decoded, bounded, resized), order, alt text, deletion and
 * serving. Every stock operation is scoped by the caller's organisation through SQL: another
 * organisation's listing or photo is a {@link NotFound}, like a missing one.
 */
@Singleton
public class PhotoService implements ListingPhotos {

  private static final Logger LOG = LoggerFactory.getLogger(PhotoService.class);
  public static final int MAX_ALT = 300;

  private static final String COLUMNS =
      "p.id, p.listing_id, p.position, p.alt_text, p.content_type, p.width, p.height,"
          + " p.byte_size, p.sha256, p.original_key, p.large_key, p.thumb_key";

  private final Sql sql;
  private final TransactionOperations<Connection> tx;
  private final PhotoStorage storage;
  private final ImageProcessing images;
  private final PhotoSettings settings;

  PhotoService(
      Sql sql,
      TransactionOperations<Connection> tx,
      PhotoStorage storage,
      ImageProcessing images,
      PhotoSettings settings) {
    this.sql = sql;
    this.tx = tx;
    this.storage = storage;
    this.images = images;
    this.settings = settings;
  }

  /** A stored photo row. */
  record Row(
      UUID id,
      UUID listingId,
      int position,
      String alt,
      String contentType,
      int width,
      int height,
      long byteSize,
      String sha256,
      String originalKey,
      String largeKey,
      String thumbKey) {

    PhotoRef ref() {
      return new PhotoRef(
          id,
          listingId,
          position,
          alt,
          contentType,
          width,
          height,
          byteSize,
          PhotoRef.url(id, PhotoSize.THUMB),
          PhotoRef.url(id, PhotoSize.LARGE),
          PhotoRef.url(id, PhotoSize.ORIGINAL));
    }

    String key(PhotoSize size) {
      return switch (size) {
        case THUMB -> thumbKey;
        case LARGE -> largeKey;
        case ORIGINAL -> originalKey;
      };
    }
  }

  private static Row row(ResultSet rs) throws SQLException {
    return new Row(
        Sql.uuid(rs, "id"),
        Sql.uuid(rs, "listing_id"),
        rs.getInt("position"),
        rs.getString("alt_text"),
        rs.getString("content_type"),
        rs.getInt("width"),
        rs.getInt("height"),
        rs.getLong("byte_size"),
        rs.getString("sha256"),
        rs.getString("original_key"),
        rs.getString("large_key"),
        rs.getString("thumb_key"));
  }

  // ---- read API for other areas ---------------------------------------------------------------

  @Override
  public List<PhotoRef> of(UUID listingId) {
    return rows(listingId).stream().map(Row::ref).toList();
  }

  @Override
  public Map<UUID, PhotoRef> firstOf(Collection<UUID> listingIds) {
    Map<UUID, PhotoRef> first = new LinkedHashMap<>();
    if (listingIds.isEmpty()) {
      return first;
    }
    sql.list(
            "SELECT "
                + COLUMNS
                + " FROM listing_photo p WHERE p.listing_id = ANY(?) AND p.position = 0",
            PhotoService::row,
            List.copyOf(new HashSet<>(listingIds)))
        .forEach(r -> first.put(r.listingId(), r.ref()));
    return first;
  }

  private List<Row> rows(UUID listingId) {
    return sql.list(
        "SELECT " + COLUMNS + " FROM listing_photo p WHERE p.listing_id = ? ORDER BY p.position",
        PhotoService::row,
        listingId);
  }

  // ---- stock ----------------------------------------------------------------------------------

  /** The photos of one of the caller's listings. */
  public List<PhotoRef> list(CurrentUser user, UUID listingId) {
    StockAccess.requireObject(user, false, "Listing");
    requireOwnListing(user, listingId);
    return of(listingId);
  }

  /**
   * Adds a photo at the end of the listing's photos. The bytes are checked and stored first, the
   * row inserted last; if the insert fails the stored objects are removed again.
   */
  public PhotoRef upload(
      CurrentUser user,
      UUID listingId,
      InputStream content,
      long declaredSize,
      @Nullable String alt)
      throws IOException {
    StockAccess.requireObject(user, true, "Listing");
    requireOwnListing(user, listingId);
    String altText = checkAlt(alt, "alt");
    if (countPhotos(listingId) >= settings.maxPerListing()) {
      throw new PhotoProblems.TooManyPhotos(settings.maxPerListing());
    }
    if (declaredSize > settings.maxBytes()) {
      throw new PhotoProblems.PhotoTooLarge(settings.maxBytes());
    }
    Path temp = Files.createTempFile("boucle-photo-", ".upload");
    try {
      Stored stored = receive(content, temp);
      ImageProcessing.Processed image;
      try {
        image = images.process(temp);
      } catch (ImageProcessing.NotAnImage e) {
        throw new ValidationFailed(List.of(new Problem.FieldError("file", e.getMessage())));
      }
      UUID photoId = UUID.randomUUID();
      String prefix = "listings/" + listingId + "/" + photoId + "/";
      Row row =
          new Row(
              photoId,
              listingId,
              -1,
              altText,
              image.format().contentType,
              image.width(),
              image.height(),
              stored.size(),
              stored.sha256(),
              prefix + "original." + image.format().extension,
              prefix + "large.jpg",
              prefix + "thumb.jpg");
      byte[] large = image.large();
      byte[] thumb = image.thumb();
      List<String> written = new ArrayList<>();
      try {
        try (InputStream in = Files.newInputStream(temp)) {
          storage.put(row.originalKey(), in, stored.size(), row.contentType());
        }
        written.add(row.originalKey());
        storage.put(row.largeKey(), new ByteArrayInputStream(large), large.length, "image/jpeg");
        written.add(row.largeKey());
        storage.put(row.thumbKey(), new ByteArrayInputStream(thumb), thumb.length, "image/jpeg");
        written.add(row.thumbKey());
        return tx.executeWrite(status -> insert(user, row));
      } catch (RuntimeException | IOException e) {
        removeQuietly(written);
        throw e;
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private PhotoRef insert(CurrentUser user, Row row) {
    lockOwnListing(user, row.listingId());
    int position = (int) countPhotos(row.listingId());
    if (position >= settings.maxPerListing()) {
      throw new PhotoProblems.TooManyPhotos(settings.maxPerListing());
    }
    sql.update(
        "INSERT INTO listing_photo (id, listing_id, position, alt_text, content_type, width, height,"
            + " byte_size, sha256, original_key, large_key, thumb_key, created_by, created_by_token)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        row.id(),
        row.listingId(),
        position,
        row.alt(),
        row.contentType(),
        row.width(),
        row.height(),
        row.byteSize(),
        row.sha256(),
        row.originalKey(),
        row.largeKey(),
        row.thumbKey(),
        user.personId(),
        user.apiTokenId());
    return new Row(
            row.id(),
            row.listingId(),
            position,
            row.alt(),
            row.contentType(),
            row.width(),
            row.height(),
            row.byteSize(),
            row.sha256(),
            row.originalKey(),
            row.largeKey(),
            row.thumbKey())
        .ref();
  }

  /** Changes a photo's alt text. */
  public PhotoRef editAlt(CurrentUser user, UUID listingId, UUID photoId, @Nullable String alt) {
    StockAccess.requireObject(user, true, "Listing");
    String altText = checkAlt(alt, "alt");
    return tx.executeWrite(status -> {
      lockOwnListing(user, listingId);
      int n =
          sql.update(
              "UPDATE listing_photo SET alt_text = ? WHERE id = ? AND listing_id = ?",
              altText,
              photoId,
              listingId);
      if (n == 0) {
        throw new NotFound("Photo");
      }
      return photo(listingId, photoId).orElseThrow().ref();
    });
  }

  /** Puts the listing's photos in the given order; the list must name each photo exactly once. */
  public List<PhotoRef> reorder(CurrentUser user, UUID listingId, @Nullable List<UUID> photoIds) {
    StockAccess.requireObject(user, true, "Listing");
    return tx.executeWrite(status -> {
      lockOwnListing(user, listingId);
      List<Row> current = rows(listingId);
      HashSet<UUID> expected = new HashSet<>(current.stream().map(Row::id).toList());
      if (photoIds == null
          || photoIds.size() != expected.size()
          || !expected.equals(new HashSet<>(photoIds))) {
        throw new ValidationFailed(
            List.of(
                new Problem.FieldError(
                    "photoIds",
                    "Give every photo of this listing exactly once, in the new order.")));
      }
      sql.update(
          "UPDATE listing_photo p SET position = o.ord - 1"
              + " FROM unnest(?::uuid[]) WITH ORDINALITY AS o(id, ord)"
              + " WHERE p.id = o.id AND p.listing_id = ?",
          photoIds,
          listingId);
      return of(listingId);
    });
  }

  /** Deletes a photo; the photos after it move up. Its stored files go once the row is gone. */
  public void delete(CurrentUser user, UUID listingId, UUID photoId) {
    StockAccess.requireObject(user, true, "Listing");
    Row deleted =
        tx.executeWrite(status -> {
          lockOwnListing(user, listingId);
          Row row = photo(listingId, photoId).orElseThrow(() -> new NotFound("Photo"));
          sql.update("DELETE FROM listing_photo WHERE id = ?", photoId);
          sql.update(
              "UPDATE listing_photo SET position = position - 1 WHERE listing_id = ? AND position > ?",
              listingId,
              row.position());
          return row;
        });
    removeQuietly(List.of(deleted.originalKey(), deleted.largeKey(), deleted.thumbKey()));
  }

  // ---- serving --------------------------------------------------------------------------------

  /** A photo's bytes as served: who may cache it, and its validator. */
  public record Served(String key, String contentType, String etag, boolean isPublic) {}

  /**
   * A size of a photo, if the caller may see it: anyone for a published or sold-out listing, only
   * the owning supplier otherwise. The original as uploaded (which may carry EXIF data such as the
   * GPS position of the workshop) is only ever served to its supplier; others get derived sizes.
   */
  public Optional<Served> find(@Nullable CurrentUser user, UUID photoId, PhotoSize size) {
    UUID organisation = user == null ? null : user.organisationId();
    record Visible(Row row, boolean isPublic) {}
    return sql.one(
            "SELECT "
                + COLUMNS
                + ", ? AND l.status IN ('PUBLISHED', 'SOLD_OUT') AS is_public"
                + " FROM listing_photo p JOIN listing l ON l.id = p.listing_id"
                + " WHERE p.id = ? AND ((? AND l.status IN ('PUBLISHED', 'SOLD_OUT'))"
                + " OR l.supplier_id = ?)",
            rs -> new Visible(row(rs), rs.getBoolean("is_public")),
            size != PhotoSize.ORIGINAL,
            photoId,
            size != PhotoSize.ORIGINAL,
            organisation)
        .map(v ->
            new Served(
                v.row().key(size),
                size == PhotoSize.ORIGINAL ? v.row().contentType() : "image/jpeg",
                "\"" + v.row().sha256().substring(0, 32) + "-" + size.path() + "\"",
                v.isPublic()));
  }

  /** Opens a stored object. */
  public Optional<InputStream> open(String key) {
    try {
      return storage.get(key);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---- helpers --------------------------------------------------------------------------------

  private record Stored(long size, String sha256) {}

  /** Copies the upload to a temporary file, hashing it, and stops as soon as it is too large. */
  private Stored receive(InputStream content, Path temp) throws IOException {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    long total = 0;
    byte[] buffer = new byte[64 * 1024];
    try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), sha)) {
      int n;
      while ((n = content.read(buffer)) > 0) {
        total += n;
        if (total > settings.maxBytes()) {
          throw new PhotoProblems.PhotoTooLarge(settings.maxBytes());
        }
        out.write(buffer, 0, n);
      }
    }
    if (total == 0) {
      throw new ValidationFailed(List.of(new Problem.FieldError("file", "The file is empty.")));
    }
    return new Stored(total, HexFormat.of().formatHex(sha.digest()));
  }

  private static String checkAlt(@Nullable String alt, String field) {
    String value = alt == null ? "" : alt.strip();
    if (value.length() > MAX_ALT) {
      throw new ValidationFailed(
          List.of(new Problem.FieldError(field, "At most " + MAX_ALT + " characters.")));
    }
    return value;
  }

  private Optional<Row> photo(UUID listingId, UUID photoId) {
    return sql.one(
        "SELECT " + COLUMNS + " FROM listing_photo p WHERE p.id = ? AND p.listing_id = ?",
        PhotoService::row,
        photoId,
        listingId);
  }

  private long countPhotos(UUID listingId) {
    return sql.count("SELECT count(*) FROM listing_photo WHERE listing_id = ?", listingId);
  }

  private void requireOwnListing(CurrentUser user, UUID listingId) {
    if (sql.count(
            "SELECT count(*) FROM listing WHERE id = ? AND supplier_id = ?",
            listingId,
            user.organisationId())
        == 0) {
      throw new NotFound("Listing");
    }
  }

  /** Serialises the photo changes of one listing (the 12-photo cap, positions). */
  private void lockOwnListing(CurrentUser user, UUID listingId) {
    if (sql.one(
            "SELECT id FROM listing WHERE id = ? AND supplier_id = ? FOR UPDATE",
            rs -> Sql.uuid(rs, "id"),
            listingId,
            user.organisationId())
        .isEmpty()) {
      throw new NotFound("Listing");
    }
  }

  private void removeQuietly(List<String> keys) {
    for (String key : keys) {
      try {
        storage.delete(key);
      } catch (IOException | RuntimeException e) {
        LOG.warn("Could not remove stored photo object {}; it is now orphaned", key, e);
      }
    }
  }
}
