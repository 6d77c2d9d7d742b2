package org.mcportal.identity;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The per-request check that makes revocation immediate: one primary-key lookup of the account's
 * state, in plain JDBC so that it costs no persistence context and no transaction. There is
 * deliberately no cache: a cache on one node would not hear about a logout on another, and the
 * lookup is cheap enough (see docs/performance.md). Anything that must end sessions bumps {@code
 * token_version}.
 *
 * <p>The same row carries the rest of the account, so the request knows who is calling as of this
 * moment without a second read: {@code GET /api/auth/me} and the page header answer from it.
 */
@ApplicationScoped
class RevocationCheck {

  static final String QUERY =
      "SELECT active, token_version, must_change_password, email, display_name, school, district,"
          + " role_title, password_hash IS NOT NULL, source, created_at, updated_at"
          + " FROM account WHERE id = ?";

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
        return Optional.of(
            new AccountState(
                accountId,
                row.getBoolean(1),
                row.getInt(2),
                row.getBoolean(3),
                row.getString(4),
                row.getString(5),
                row.getString(6),
                row.getString(7),
                row.getString(8),
                row.getBoolean(9),
                Account.Source.valueOf(row.getString(10)),
                row.getObject(11, OffsetDateTime.class),
                row.getObject(12, OffsetDateTime.class)));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot check the account's token version", e);
    }
  }

  record AccountState(
      long id,
      boolean active,
      int tokenVersion,
      boolean mustChangePassword,
      String email,
      String displayName,
      String school,
      String district,
      String roleTitle,
      boolean passwordSet,
      Account.Source source,
      OffsetDateTime createdAt,
      OffsetDateTime updatedAt) {

    /**
     * The account as the API shows it. The roles are the token's: every change of roles bumps the
     * token version, so a token that passed this check carries the account's current roles.
     */
    AccountView view(List<Role> roles) {
      return new AccountView(
          id,
          email,
          displayName,
          school,
          district,
          roleTitle,
          roles.stream().sorted().toList(),
          active,
          mustChangePassword,
          passwordSet,
          source,
          createdAt.toInstant(),
          updatedAt.toInstant());
    }
  }
}
