package org.mcportal.rules;

import java.util.Objects;

/**
 * One item of a checklist.
 *
 * @param code stable identifier of the check that raised it, for pages, tests and logs to key on;
 *     never reworded, unlike {@code message}
 * @param message a sentence for the educator, naming the component, question and subject
 */
public record Finding(Severity severity, String code, Location location, String message) {

  public Finding {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(message, "message");
  }

  public static Finding blocking(String code, Location location, String message) {
    return new Finding(Severity.BLOCKING, code, location, message);
  }

  public static Finding advisory(String code, Location location, String message) {
    return new Finding(Severity.ADVISORY, code, location, message);
  }

  public boolean blocks() {
    return severity == Severity.BLOCKING;
  }

  public enum Severity {
    /** The submission cannot be sent while this stands. */
    BLOCKING,
    /** Worth a look before sending; the educator may send anyway. */
    ADVISORY
  }
}
