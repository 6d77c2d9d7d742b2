package org.mcportal.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mcportal.identity.Role;
import org.mcportal.identity.TestIdentities;

/**
 * The accounts list reads the accounts with their roles, and their number, in a fixed number of
 * statements: more accounts never mean more queries.
 */
@QuarkusTest
class AccountListQueriesTest {

  @Inject TestIdentities ids;
  @Inject EntityManagerFactory persistence;

  private String session;

  @BeforeEach
  void signInAsAdmin() {
    session = ids.token(ids.account("admin", Role.ADMIN).id());
    ids.account("educator", Role.EDUCATOR, Role.ASSESSOR);
  }

  @Test
  void shouldListEveryAccountInTheSameNumberOfStatementsHoweverManyThereAre() {
    long before = statementsFor("/admin/accounts");
    addAccounts(5);
    long after = statementsFor("/admin/accounts");

    assertThat(after).isEqualTo(before);
  }

  @Test
  void shouldSearchAndCountInTheSameNumberOfStatementsHoweverManyMatch() {
    long before = statementsFor("/admin/accounts?q=educator");
    addAccounts(5);
    long after = statementsFor("/admin/accounts?q=educator");

    assertThat(after).isEqualTo(before);
  }

  private void addAccounts(int count) {
    for (int i = 0; i < count; i++) {
      ids.account("educator", Role.EDUCATOR, Role.ASSESSOR);
    }
  }

  /** The statements one request for the page sends, after a first request warms any cache. */
  private long statementsFor(String path) {
    Forms.page(session, path).then().statusCode(200);
    Statistics statistics = persistence.unwrap(SessionFactory.class).getStatistics();
    statistics.clear();
    Forms.page(session, path).then().statusCode(200);
    long statements = statistics.getPrepareStatementCount();
    // Reading a list must cost something; a count of zero would mean statistics are off.
    assertThat(statements).isPositive();
    return statements;
  }
}
