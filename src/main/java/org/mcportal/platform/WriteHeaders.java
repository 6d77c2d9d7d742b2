package org.mcportal.platform;

import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * The request headers that make a write safe to retry (Idempotency-Key) or to race (If-Match), read
 * the same way by every feature. Each feature still answers a bad header with its own problem.
 */
public final class WriteHeaders {

  private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[A-Za-z0-9_-]{8,100}");
  private static final Pattern VERSION = Pattern.compile("[0-9]{1,18}");

  private WriteHeaders() {}

  public static boolean validIdempotencyKey(String key) {
    return key != null && IDEMPOTENCY_KEY.matcher(key).matches();
  }

  /** The version an If-Match names ({@code 3}, {@code "3"} or {@code W/"3"}); empty otherwise. */
  public static OptionalLong version(String ifMatch) {
    String tag = ifMatch.strip();
    if (tag.startsWith("W/")) {
      tag = tag.substring(2);
    }
    tag = tag.replace("\"", "");
    return VERSION.matcher(tag).matches()
        ? OptionalLong.of(Long.parseLong(tag))
        : OptionalLong.empty();
  }
}
