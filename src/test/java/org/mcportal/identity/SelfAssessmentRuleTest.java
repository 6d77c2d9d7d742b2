package org.mcportal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** The rule the assessment workflow will call: nobody assesses their own submission. */
@QuarkusTest
class SelfAssessmentRuleTest {

  @Inject TestIdentities ids;
  @Inject AccountService accounts;

  @Test
  void aPersonWithBothRolesMayNeverAssessTheirOwnSubmission() {
    AccountView both = ids.account("both", Role.EDUCATOR, Role.ASSESSOR);

    AccountService.AssignmentCheck check = accounts.mayAssess(both.id(), both.id());

    assertThat(check.allowed()).isFalse();
    assertThat(check.reason()).contains("own submission");
  }

  @Test
  void aPersonWithBothRolesMayAssessSomeoneElsesSubmission() {
    AccountView both = ids.account("both", Role.EDUCATOR, Role.ASSESSOR);
    AccountView educator = ids.account("educator", Role.EDUCATOR);

    assertThat(accounts.mayAssess(both.id(), educator.id()).allowed()).isTrue();
  }

  @Test
  void someoneWithoutTheAssessorRoleMayNotAssess() {
    AccountView educator = ids.account("educator", Role.EDUCATOR);
    AccountView other = ids.account("other", Role.EDUCATOR);

    assertThat(accounts.mayAssess(educator.id(), other.id()).allowed()).isFalse();
  }
}
