package org.mcportal.credential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

  private Path write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, content);
  }
}
