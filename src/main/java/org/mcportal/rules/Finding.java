package org.mcportal.rules;

import java.util.Objects;

/**
 * One item of a checklist.
 *
 * @param code stable identifier of the check that raised it, for pages, tests and logs to key on;
 *     never reworded, unlike {@code message}
 * @param message a sentence for the educator, naming the component, question and subject
 * @param matched what the check matched, when several findings of one code can share a place (the
 *     leaked name, the group of alike documents); empty otherwise. With the code and the place it
 *     identifies the finding, while the message may quote context that changes with every edit.
 */
public record Finding(
    Severity severity, String code, Location location, String message, String matched) {

  public Finding {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(matched, "matched");
  }

  public static Finding blocking(String code, Location location, String message) {
    return new Finding(Severity.BLOCKING, code, location, message, "");
  }

  public static Finding advisory(String code, Location location, String message) {
    return new Finding(Severity.ADVISORY, code, location, message, "");
  }

  /** This finding, identified by what it matched as well as its code and place. */
  public Finding matching(String what) {
    return new Finding(severity, code, location, message, what);
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
