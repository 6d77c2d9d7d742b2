package org.mcportal.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code word-count-corpus.json}, the examples the browser's counter is held to as well. A
 * few lines of JSON reading keep the rules' tests free of a JSON library, like the rules
 * themselves.
 */
final class Corpus {

  record Case(String about, String text, int words) {
    @Override
    public String toString() {
      return about;
    }
  }

  private final String json;
  private int at;

  private Corpus(String json) {
    this.json = json;
  }

  static List<Case> cases() {
    try (InputStream in = Corpus.class.getResourceAsStream("/word-count-corpus.json")) {
      Object parsed = new Corpus(new String(in.readAllBytes(), StandardCharsets.UTF_8)).value();
      List<Case> cases = new ArrayList<>();
      for (Object item : (List<?>) parsed) {
        Map<?, ?> entry = (Map<?, ?>) item;
        cases.add(
            new Case(
                (String) entry.get("about"),
                (String) entry.get("text"),
                ((Number) entry.get("words")).intValue()));
      }
      return cases;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Object value() {
    skipSpace();
    char c = json.charAt(at);
    if (c == '[') {
      List<Object> list = new ArrayList<>();
      at++;
      while (true) {
        skipSpace();
        if (json.charAt(at) == ']') {
          at++;
          return list;
        }
        list.add(value());
        skipSpace();
        if (json.charAt(at) == ',') {
          at++;
        }
      }
    }
    if (c == '{') {
      Map<String, Object> map = new LinkedHashMap<>();
      at++;
      while (true) {
        skipSpace();
        if (json.charAt(at) == '}') {
          at++;
          return map;
        }
        String key = (String) value();
        skipSpace();
        expect(':');
        map.put(key, value());
        skipSpace();
        if (json.charAt(at) == ',') {
          at++;
        }
      }
    }
    if (c == '"') {
      return string();
    }
    int start = at;
    while (at < json.length() && "-0123456789".indexOf(json.charAt(at)) >= 0) {
      at++;
    }
    if (start == at) {
      throw new IllegalStateException("unexpected " + c + " at " + at);
    }
    return Long.parseLong(json.substring(start, at));
  }

  private String string() {
    expect('"');
    StringBuilder out = new StringBuilder();
    while (true) {
      char c = json.charAt(at++);
      if (c == '"') {
        return out.toString();
      }
      if (c != '\\') {
        out.append(c);
        continue;
      }
      char escaped = json.charAt(at++);
      switch (escaped) {
        case 'n' -> out.append('\n');
        case 't' -> out.append('\t');
        case 'r' -> out.append('\r');
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'u' -> {
          out.append((char) Integer.parseInt(json.substring(at, at + 4), 16));
          at += 4;
        }
        default -> out.append(escaped);
      }
    }
  }

  private void expect(char c) {
    if (json.charAt(at) != c) {
      throw new IllegalStateException("expected " + c + " at " + at);
    }
    at++;
  }

  private void skipSpace() {
    while (Character.isWhitespace(json.charAt(at))) {
      at++;
    }
  }
}
