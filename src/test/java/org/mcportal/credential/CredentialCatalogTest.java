package org.mcportal.credential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@QuarkusTest
class CredentialCatalogTest {

  private static final Path EXAMPLE =
      Path.of("src/test/resources/rubrics-example/field-notes/1.0.yaml");

  @Inject CredentialCatalog catalog;

  @TempDir Path dir;

  @Test
  void storesANewVersionBesideTheOldAndMakesTheNewestCurrent() throws IOException {
    String original = Files.readString(EXAMPLE).replace("id: field-notes", "id: two-versions");
    write("two-versions/1.0.yaml", original);
    catalog.synchronize(dir);

    write(
        "two-versions/2.0.yaml",
        original
            .replace("version: \"1.0\"", "version: \"2.0\"")
            .replaceFirst("revised: \"?[0-9-]+\"?", "revised: \"2030-01-01\""));
    catalog.synchronize(dir);

    assertThat(catalog.current("two-versions")).get().extracting(d -> d.version()).isEqualTo("2.0");
    assertThat(catalog.version("two-versions", "1.0")).isPresent();
    assertThat(catalog.versions("two-versions")).hasSize(2);
  }

  @Test
  void refusesAStoredVersionWhoseFileChanged() throws IOException {
    String original = Files.readString(EXAMPLE).replace("id: field-notes", "id: edited-in-place");
    write("edited-in-place/1.0.yaml", original);
    catalog.synchronize(dir);

    write("edited-in-place/1.0.yaml", original.replace("title: ", "title: Revised "));

    assertThatThrownBy(() -> catalog.synchronize(dir))
        .isInstanceOf(CredentialFileException.class)
        .hasMessageContaining("edited-in-place/1.0.yaml")
        .hasMessageContaining("has changed")
        .hasMessageContaining("publish the change as a new version file");
  }

  @Test
  void keepsAVersionAvailableAfterItsFileIsRemoved() throws IOException {
    String original = Files.readString(EXAMPLE).replace("id: field-notes", "id: removed-later");
    Path file = write("removed-later/1.0.yaml", original);
    catalog.synchronize(dir);

    Files.delete(file);
    catalog.synchronize(dir);

    assertThat(catalog.version("removed-later", "1.0")).isPresent();
  }

  @Test
  void refusesAFileWhosePathDoesNotMatchItsIdAndVersion() throws IOException {
    write("somewhere-else/1.0.yaml", Files.readString(EXAMPLE));

    assertThatThrownBy(() -> catalog.synchronize(dir))
        .isInstanceOf(CredentialFileException.class)
        .hasMessageContaining("belongs at field-notes/1.0.yaml");
  }

  @Test
  void twoNodesStoringTheSameNewVersionAtOnceBothStartWithOneStoredCopy() throws Exception {
    String text = Files.readString(EXAMPLE).replace("id: field-notes", "id: started-twice");
    write("started-twice/1.0.yaml", text);
    CyclicBarrier together = new CyclicBarrier(2);
    ExecutorService nodes = Executors.newFixedThreadPool(2);
    try {
      List<Future<?>> starts = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        starts.add(
            nodes.submit(
                () -> {
                  together.await(10, TimeUnit.SECONDS);
                  catalog.synchronize(dir);
                  return null;
                }));
      }
      for (Future<?> start : starts) {
        start.get(60, TimeUnit.SECONDS);
      }
    } finally {
      nodes.shutdownNow();
    }

    assertThat(catalog.versions("started-twice")).hasSize(1);
    assertThat(
            QuarkusTransaction.requiringNew()
                .call(
                    () ->
                        StoredCredentialVersion.count(
                            "credentialId = ?1 and version = ?2", "started-twice", "1.0")))
        .isEqualTo(1);
  }

  @Test
  void aVersionAnotherNodeStoredIsFoundOnFirstUseAndIsCurrentAfterTheNextRefresh()
      throws Exception {
    String text = Files.readString(EXAMPLE).replace("id: field-notes", "id: stored-elsewhere");
    storedByAnotherNode("stored-elsewhere", text);
    assertThat(catalog.current("stored-elsewhere")).isEmpty();

    // A miss reads the stored versions again at most once a second.
    Thread.sleep(1100);
    assertThat(catalog.version("stored-elsewhere", "1.0")).isPresent();

    String later = Files.readString(EXAMPLE).replace("id: field-notes", "id: refreshed-later");
    storedByAnotherNode("refreshed-later", later);
    assertThat(catalog.current("refreshed-later")).isEmpty();
    catalog.scheduledRefresh();
    assertThat(catalog.current("refreshed-later"))
        .get()
        .extracting(d -> d.version())
        .isEqualTo("1.0");
  }

  private static void storedByAnotherNode(String id, String text) {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              StoredCredentialVersion row = new StoredCredentialVersion();
              row.credentialId = id;
              row.version = "1.0";
              row.revised = java.time.LocalDate.of(2001, 2, 3);
              row.title = "Stored by another node";
              row.checksum = "0".repeat(64);
              row.source = text;
              row.loadedAt = java.time.Instant.now();
              row.persist();
            });
  }

  private Path write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, content);
  }
}
