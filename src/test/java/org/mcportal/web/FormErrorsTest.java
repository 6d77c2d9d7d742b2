package org.mcportal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mcportal.platform.Problem;

class FormErrorsTest {

  private static final FormErrors.Fields FIELDS =
      new FormErrors.Fields()
          .field("newPassword", "New password")
          .field("password", "temporaryPassword", "Temporary password")
          .field("roles", "role-EDUCATOR", "Roles");

  private static Problem problem(String... errors) {
    return new Problem(null, "Unprocessable Content", 422, errors[0], null, List.of(errors));
  }

  @Test
  void shouldTurnAServicesFieldProblemIntoASentenceAtThatField() {
    FormErrors errors =
        FormErrors.from(
            problem(
                "newPassword: must be at least 12 characters long",
                "newPassword: must not contain your email address"),
            FIELDS);

    assertThat(errors.has("newPassword")).isTrue();
    assertThat(errors.get("newPassword"))
        .isEqualTo(
            "New password must be at least 12 characters long."
                + " New password must not contain your email address.");
    assertThat(errors.summary()).extracting(FormErrors.Entry::field).containsOnly("newPassword");
  }

  @Test
  void shouldPutAProblemUnderTheFieldTheFormCallsByAnotherName() {
    FormErrors errors =
        FormErrors.from(
            problem("password: is one of the most common passwords; choose another"), FIELDS);

    assertThat(errors.get("temporaryPassword"))
        .isEqualTo("Temporary password is one of the most common passwords; choose another.");
  }

  @Test
  void shouldSayAProblemThatIsNotAPredicateOnItsOwn() {
    FormErrors errors = FormErrors.from(problem("roles: at least one role is required"), FIELDS);

    assertThat(errors.get("role-EDUCATOR")).isEqualTo("At least one role is required.");
  }

  @Test
  void shouldKeepProblemsAboutNoKnownFieldForTheSummaryOnly() {
    FormErrors errors =
        FormErrors.from(
            new Problem(
                null, "Conflict", 409, "Cannot deactivate the last active admin", null, null),
            FIELDS);

    assertThat(errors.any()).isTrue();
    assertThat(errors.summary())
        .containsExactly(new FormErrors.Entry("", "Cannot deactivate the last active admin."));
  }

  @Test
  void shouldHaveNothingToSayWhenNothingIsWrong() {
    assertThat(FormErrors.none().any()).isFalse();
    assertThat(FormErrors.builder(FIELDS).build().summary()).isEmpty();
  }
}
