package org.mcportal.identity;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a new password must be: long enough, not absurdly long, and not on the list of passwords
 * that attackers try first. No rules about character classes: length does more, and composition
 * rules push people to the predictable {@code Password1!}.
 */
@ApplicationScoped
public class PasswordPolicy {

  private static final String COMMON = "identity/common-passwords.txt";

  private final int minLength;
  private final int maxLength;
  private final Set<String> common;

  PasswordPolicy(IdentityConfig config) {
    this.minLength = Math.max(12, config.password().minLength());
    this.maxLength = config.password().maxLength();
    this.common = load();
  }

  /** The reasons the password is refused; empty when it is acceptable. */
  public List<String> problems(String password, String email) {
    List<String> problems = new ArrayList<>();
    if (password == null || password.isEmpty()) {
      problems.add("password: is required");
      return problems;
    }
    int length = password.codePointCount(0, password.length());
    if (length < minLength) {
      problems.add("password: must be at least " + minLength + " characters long");
    }
    if (length > maxLength) {
      problems.add("password: must be at most " + maxLength + " characters long");
    }
    String lowered = password.toLowerCase(Locale.ROOT);
    if (common.contains(lowered)) {
      problems.add("password: is one of the most common passwords; choose another");
    }
    if (email != null && !email.isBlank()) {
      String local = email.toLowerCase(Locale.ROOT).split("@", 2)[0];
      if (lowered.equals(email.toLowerCase(Locale.ROOT))
          || (local.length() >= 4 && lowered.contains(local))) {
        problems.add("password: must not contain your email address");
      }
    }
    return problems;
  }

  /** The fewest characters a password may have, for forms that state the rule up front. */
  public int minLength() {
    return minLength;
  }

  boolean isCommon(String password) {
    return common.contains(password.toLowerCase(Locale.ROOT));
  }

  private static Set<String> load() {
    InputStream in = PasswordPolicy.class.getClassLoader().getResourceAsStream(COMMON);
    if (in == null) {
      throw new IllegalStateException("The list of common passwords " + COMMON + " is missing");
    }
    Set<String> entries = new HashSet<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          entries.add(line.strip().toLowerCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(entries);
  }
}
