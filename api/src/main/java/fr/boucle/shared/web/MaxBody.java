package fr.boucle.shared.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The largest body a route accepts, as the name of the configuration property holding it in bytes
 * (e.g. {@code boucle.photos.max-bytes}), plus {@link #overhead()} for multipart framing. Routes
 * without it take {@code boucle.http.max-json-bytes}. Checked by {@link BodyLimitFilter}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD})
public @interface MaxBody {

  /** The configuration property with the limit in bytes. */
  String value();

  /** Bytes allowed above the limit for the multipart headers and the other small parts. */
  long overhead() default 64 * 1024;
}
