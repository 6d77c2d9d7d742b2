package org.mcportal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AccountSearchTest {

  @Inject TestIdentities ids;
  @Inject AccountService accounts;
  @Inject AccountAdministration administration;

  @Test
  void findsAccountsByPartOfTheEmailOrTheNameIgnoringCase() {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    AccountView byEmail = ids.account("quill" + tag, Role.EDUCATOR);
    AccountView other = ids.account("other" + tag, Role.EDUCATOR);
    administration.updateProfile(other.id(), new AccountProfile("Quill Twin", null, null, null));

    assertThat(accounts.search("QUILL" + tag))
        .extracting(AccountView::id)
        .containsExactly(byEmail.id());
    assertThat(accounts.search("quill twin")).extracting(AccountView::id).contains(other.id());
  }

  @Test
  void treatsWildcardsAsPlainCharacters() {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    ids.account("percent" + tag, Role.EDUCATOR);

    assertThat(accounts.search("percent%" + tag)).isEmpty();
    assertThat(accounts.search("perc_nt" + tag)).isEmpty();
    assertThat(accounts.search("percent" + tag)).hasSize(1);
  }

  @Test
  void listsEveryAccountForBlankText() {
    assertThat(accounts.search("  ")).hasSameSizeAs(accounts.list());
  }
}
