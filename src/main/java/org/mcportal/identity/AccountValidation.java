package org.mcportal.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The rules an account's details and profile must meet, wherever they come from: the admin API, the
 * admin pages, invitations and the first admin. Each problem names its field first ("email: is
 * required"), so that forms can show it next to the field.
 */
final class AccountValidation {

  static final int MAX_TEXT = 200;
  // Deliberately loose: the address is proven by the invitation reaching it, not by a regex.
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");

  private AccountValidation() {}

  static List<String> check(AccountDetails details) {
    List<String> errors = new ArrayList<>();
    if (details == null) {
      return List.of("the account details are required");
    }
    String email = Account.normalize(details.email());
    if (email == null || email.isEmpty()) {
      errors.add("email: is required");
    } else if (email.length() > 320 || !EMAIL.matcher(email).matches()) {
      errors.add("email: is not an email address");
    }
    errors.addAll(
        check(
            new AccountProfile(
                details.displayName(), details.school(), details.district(), details.roleTitle())));
    if (details.roles() == null || details.roles().isEmpty()) {
      errors.add("roles: at least one role is required");
    }
    return errors;
  }

  static List<String> check(AccountProfile profile) {
    List<String> errors = new ArrayList<>();
    if (profile == null) {
      return List.of("the profile is required");
    }
    if (profile.displayName() == null || profile.displayName().isBlank()) {
      errors.add("displayName: is required");
    }
    checkLength(errors, "displayName", profile.displayName());
    checkLength(errors, "school", profile.school());
    checkLength(errors, "district", profile.district());
    checkLength(errors, "roleTitle", profile.roleTitle());
    return errors;
  }

  static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static void checkLength(List<String> errors, String field, String value) {
    if (value != null && value.length() > MAX_TEXT) {
      errors.add(field + ": must be at most " + MAX_TEXT + " characters");
    }
  }
}
