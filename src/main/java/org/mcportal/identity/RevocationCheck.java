package org.mcportal.identity;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The per-request check that makes revocation immediate: one primary-key lookup of the account's
 * state, in plain JDBC so that it costs no persistence context. There is deliberately no cache: a
 * cache on one node would not hear about a logout on another, and the lookup is cheap enough (see
 * docs/performance.md). Anything that must end sessions bumps {@code token_version}.
 */
@ApplicationScoped
class RevocationCheck {

  static final String QUERY =
      "SELECT active, token_version, must_change_password FROM account WHERE id = ?";

  private final AgroalDataSource dataSource;

  RevocationCheck(AgroalDataSource dataSource) {
    this.dataSource = dataSource;
  }

  Optional<AccountState> state(long accountId) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(QUERY)) {
      statement.setLong(1, accountId);
      try (ResultSet row = statement.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        return Optional.of(new AccountState(row.getBoolean(1), row.getInt(2), row.getBoolean(3)));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot check the account's token version", e);
    }
  }

  record AccountState(boolean active, int tokenVersion, boolean mustChangePassword) {}
}
