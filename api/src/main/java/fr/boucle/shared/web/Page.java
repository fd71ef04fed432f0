package fr.boucle.shared.web;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** One page of a list, with what a pager needs. */
@Serdeable
public record Page<T>(List<T> items, int page, int size, long total) {

  public static final int MAX_SIZE = 100;

  public static int clampSize(Integer size) {
    return size == null ? 20 : Math.max(1, Math.min(MAX_SIZE, size));
  }

  public static int clampPage(Integer page) {
    return page == null ? 0 : Math.max(0, page);
  }
}
