package org.mcportal.platform;

/**
 * Text from a request made safe for one log line: control characters (line breaks above all) are
 * written as escapes, so that what a visitor sends can never start a line of its own and pass for
 * the portal's own record.
 */
public final class LogText {

  private static final int LONGEST = 300;

  private LogText() {}

  public static String escape(String text) {
    if (text == null) {
      return "null";
    }
    StringBuilder out = new StringBuilder(Math.min(text.length(), LONGEST) + 8);
    for (int i = 0; i < text.length() && out.length() < LONGEST; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\\' -> out.append("\\\\");
        default -> {
          if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    if (out.length() >= LONGEST) {
      out.append("…");
    }
    return out.toString();
  }
}
