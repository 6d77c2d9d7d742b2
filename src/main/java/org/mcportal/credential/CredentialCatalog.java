package org.mcportal.credential;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;
import org.mcportal.credential.CredentialFileReader.LoadedCredential;
import org.mcportal.platform.ProblemException;
import org.mcportal.platform.StartupLock;
import org.mcportal.rules.CredentialDefinition;

/**
 * Every credential version the portal knows. Files under the credentials folder are read at
 * start-up; a version seen for the first time is stored with its text and checksum, and a stored
 * version whose file has changed stops start-up. Versions whose files were later removed stay
 * available from the database, because submissions stay pinned to the version they began on.
 */
@ApplicationScoped
public class CredentialCatalog {

  private static final Logger LOG = Logger.getLogger(CredentialCatalog.class);
  private static final Comparator<StoredVersion> NEWEST_FIRST =
      Comparator.comparing((StoredVersion v) -> v.definition().revised())
          .thenComparing(v -> v.definition().version())
          .reversed();

  private final CredentialFileReader reader = CredentialFileReader.shared();
  private final Clock clock;
  private final StartupLock startupLock;
  private volatile Map<String, List<StoredVersion>> byId = Map.of();
  private final AtomicLong lastRefreshOnMiss = new AtomicLong();

  CredentialCatalog(Clock clock, StartupLock startupLock) {
    this.clock = clock;
    this.startupLock = startupLock;
  }

  /**
   * Reads every {@code <id>/<version>.yaml} below {@code dir}, stores new versions and refreshes
   * the catalog from the database.
   *
   * @throws CredentialFileException naming every file that is misplaced, malformed or changed
   */
  @Transactional
  public void synchronize(Path dir) {
    synchronize(CredentialSources.directory(dir));
  }

  /**
   * Reads every file, and only when all of them are good stores the new versions and refreshes the
   * catalog: a bad file stops start-up before anything is written.
   *
   * @throws CredentialFileException naming every file that is malformed or changed
   */
  @Transactional
  public void synchronize(List<CredentialSources.Source> sources) {
    // Another node starting now stores the same new versions; one after the other, the second
    // finds them stored and checks them instead.
    startupLock.hold();
    List<CredentialFileException> failures = new ArrayList<>();
    List<Named> loaded = new ArrayList<>();
    for (CredentialSources.Source source : sources) {
      try {
        LoadedCredential one = reader.read(source.name(), source.text());
        checkPlacement(source.name(), source.relative(), one.definition());
        loaded.add(new Named(source.name(), one));
      } catch (CredentialFileException e) {
        failures.add(e);
      }
    }
    for (Named one : loaded) {
      try {
        checkUnchanged(one.name(), one.loaded());
      } catch (CredentialFileException e) {
        failures.add(e);
      }
    }
    if (!failures.isEmpty()) {
      throw CredentialFileException.of(failures);
    }
    loaded.forEach(one -> store(one.name(), one.loaded()));
    refresh();
  }

  private record Named(String name, LoadedCredential loaded) {}

  public List<CredentialDefinition> currentVersions() {
    return byId.values().stream().map(versions -> versions.get(0).definition()).toList();
  }

  public Optional<CredentialDefinition> current(String credentialId) {
    return Optional.ofNullable(byId.get(credentialId))
        .map(versions -> versions.get(0).definition());
  }

  /**
   * The stored version. A version this node has not heard of may have been stored by another node
   * that started with a newer file, so a miss reads the stored versions again, at most once a
   * second, before answering that there is none.
   */
  public Optional<CredentialDefinition> version(String credentialId, String version) {
    Optional<CredentialDefinition> found = known(credentialId, version);
    if (found.isEmpty() && mayRefreshOnMiss()) {
      QuarkusTransaction.joiningExisting().run(this::refresh);
      found = known(credentialId, version);
    }
    return found;
  }

  private Optional<CredentialDefinition> known(String credentialId, String version) {
    return versions(credentialId).stream()
        .filter(v -> v.definition().version().equals(version))
        .map(StoredVersion::definition)
        .findFirst();
  }

  /**
   * Whether new submissions are refused on this version. Read from the database, not the in-memory
   * index, so that every node agrees as soon as an admin retires a version.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public boolean retired(String credentialId, String version) {
    return StoredCredentialVersion.find(credentialId, version)
        .map(v -> v.retiredAt != null)
        .orElse(false);
  }

  /** When each retired version of a credential was retired, by version. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<String, Instant> retirements(String credentialId) {
    Map<String, Instant> retired = new LinkedHashMap<>();
    StoredCredentialVersion.<StoredCredentialVersion>list(
            "credentialId = ?1 and retiredAt is not null", credentialId)
        .forEach(v -> retired.put(v.version, v.retiredAt));
    return retired;
  }

  /**
   * Retires a version (no new submissions) or opens it again; returns whether anything changed. Not
   * found for a version the portal never loaded.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean setRetired(
      String credentialId, String version, boolean retired, long adminId, Instant at) {
    StoredCredentialVersion row =
        StoredCredentialVersion.find(credentialId, version)
            .orElseThrow(
                () ->
                    ProblemException.notFound(
                        "No credential with id '"
                            + credentialId
                            + "' and version '"
                            + version
                            + "'"));
    if ((row.retiredAt != null) == retired) {
      return false;
    }
    row.retiredAt = retired ? at : null;
    row.retiredBy = retired ? adminId : null;
    return true;
  }

  private boolean mayRefreshOnMiss() {
    long now = clock.millis();
    long last = lastRefreshOnMiss.get();
    return now - last >= 1000 && lastRefreshOnMiss.compareAndSet(last, now);
  }

  /**
   * Reads the stored versions again, so that a version another node stored becomes this node's
   * current one within {@code portal.credentials.refresh}.
   */
  @Scheduled(
      identity = "credential-refresh",
      every = "${portal.credentials.refresh:5m}",
      delayed = "${portal.credentials.refresh:5m}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void scheduledRefresh() {
    QuarkusTransaction.requiringNew().run(this::refresh);
  }

  /** Every stored version of a credential, newest first. */
  public List<StoredVersion> versions(String credentialId) {
    return byId.getOrDefault(credentialId, List.of());
  }

  private static void checkUnchanged(String name, LoadedCredential loaded) {
    CredentialDefinition definition = loaded.definition();
    Optional<StoredCredentialVersion> stored =
        StoredCredentialVersion.find(definition.id(), definition.version());
    if (stored.isPresent()) {
      if (!stored.get().checksum.equals(loaded.checksum())) {
        throw new CredentialFileException(
            name,
            List.of(
                CredentialFileReader.at(
                    "/version",
                    "the content of stored version "
                        + definition.id()
                        + " "
                        + definition.version()
                        + " has changed (stored SHA-256 "
                        + stored.get().checksum
                        + ", file "
                        + loaded.checksum()
                        + "); a version is immutable, so publish the change as a new"
                        + " version file")));
      }
    }
  }

  private void store(String name, LoadedCredential loaded) {
    CredentialDefinition definition = loaded.definition();
    if (StoredCredentialVersion.find(definition.id(), definition.version()).isPresent()) {
      return;
    }
    StoredCredentialVersion row = new StoredCredentialVersion();
    row.credentialId = definition.id();
    row.version = definition.version();
    row.revised = definition.revised();
    row.title = definition.title();
    row.checksum = loaded.checksum();
    row.source = loaded.source();
    row.loadedAt = Instant.now(clock);
    row.persist();
    LOG.infof(
        "Stored credential %s version %s from %s", definition.id(), definition.version(), name);
  }

  private void refresh() {
    Map<String, List<StoredVersion>> index = new LinkedHashMap<>();
    for (StoredCredentialVersion row : StoredCredentialVersion.allInLoadOrder()) {
      LoadedCredential loaded =
          reader.read(row.credentialId + "/" + row.version + " (stored)", row.source);
      index
          .computeIfAbsent(row.credentialId, id -> new ArrayList<>())
          .add(new StoredVersion(loaded.definition(), row.checksum, row.loadedAt));
    }
    index.replaceAll((id, versions) -> versions.stream().sorted(NEWEST_FIRST).toList());
    byId = Map.copyOf(index);
  }

  private static void checkPlacement(
      String name, String relative, CredentialDefinition definition) {
    String expected = definition.id() + "/" + definition.version() + ".yaml";
    if (!relative.equals(expected)) {
      throw new CredentialFileException(
          name,
          List.of(
              CredentialFileReader.at(
                  "/id",
                  "a file for id '"
                      + definition.id()
                      + "' version '"
                      + definition.version()
                      + "' belongs at "
                      + expected)));
    }
  }

  /** A stored version: the definition, the checksum that pins it, and when it was first loaded. */
  public record StoredVersion(CredentialDefinition definition, String checksum, Instant loadedAt) {}
}
