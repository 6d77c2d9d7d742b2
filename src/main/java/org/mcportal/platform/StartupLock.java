package org.mcportal.platform;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Serialises start-up work across nodes. Work that creates rows only when they are missing (the
 * first admin, the demo accounts, new credential versions) takes this lock first in its own
 * transaction; a second node starting at the same moment waits on the row lock until the first
 * commits, then finds the rows there and creates nothing.
 */
@ApplicationScoped
public class StartupLock {

  private final AgroalDataSource dataSource;

  StartupLock(AgroalDataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Holds the lock until the caller's transaction ends. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void hold() {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement lock =
            connection.prepareStatement("SELECT id FROM startup_lock WHERE id = 1 FOR UPDATE");
        ResultSet rs = lock.executeQuery()) {
      if (!rs.next()) {
        throw new IllegalStateException("The startup_lock row is missing; migration V16 made it");
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not take the start-up lock", e);
    }
  }
}
