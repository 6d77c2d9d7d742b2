package org.mcportal.credential;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Where credential files come from: those bundled in the application under {@code rubrics/} on the
 * class path, and those of an optional directory that adds versions or overrides bundled ones of
 * the same id and version. Both are laid out as {@code <id>/<version>.yaml}; a YAML file anywhere
 * else is reported as misplaced rather than ignored.
 */
public final class CredentialSources {

  static final String BUNDLED_ROOT = "rubrics";

  private CredentialSources() {}

  /**
   * One file's text and how messages name it: {@code bundled:home-visits/2022-03-17.yaml} or the
   * path relative to the directory.
   *
   * @param relative the path below its root, {@code <id>/<version>.yaml} when well placed
   */
  public record Source(String name, String relative, String text) {}

  /**
   * The files to load: the bundled ones, replaced by the directory's files of the same relative
   * path, plus the directory's other files.
   *
   * @throws CredentialFileException when a YAML file is misplaced or the directory is missing
   */
  public static List<Source> all(java.util.Optional<Path> dir) {
    Map<String, Source> byPath = new LinkedHashMap<>();
    bundled().forEach(s -> byPath.put(s.relative(), s));
    dir.ifPresent(d -> directory(d).forEach(s -> byPath.put(s.relative(), s)));
    return List.copyOf(byPath.values());
  }

  /** The credential files of a directory, checked for placement. */
  public static List<Source> directory(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new CredentialFileException(
          dir.toString(),
          List.of(
              "the credentials directory "
                  + dir.toAbsolutePath()
                  + " does not exist; set portal.credentials.dir (PORTAL_RUBRICS_DIR) to an"
                  + " existing directory, or leave it unset to use the bundled credentials only"));
    }
    List<String> misplaced = new ArrayList<>();
    List<Source> sources = new ArrayList<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        String relative = dir.relativize(file).toString().replace('\\', '/');
        if (!yaml(relative)) {
          continue;
        }
        if (!wellPlaced(relative)) {
          misplaced.add(misplacedMessage(relative));
          continue;
        }
        sources.add(new Source(relative, relative, Files.readString(file, StandardCharsets.UTF_8)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the credentials directory " + dir, e);
    }
    if (!misplaced.isEmpty()) {
      throw new CredentialFileException(dir.toString(), misplaced);
    }
    return sources;
  }

  /** The credentials shipped inside the application. */
  public static List<Source> bundled() {
    URL schema =
        CredentialSources.class.getResource("/" + BUNDLED_ROOT + "/credential.schema.json");
    if (schema == null) {
      throw new IllegalStateException("the bundled credentials are missing from the application");
    }
    List<String> relatives = new ArrayList<>();
    try {
      if ("jar".equals(schema.getProtocol())) {
        JarURLConnection connection = (JarURLConnection) schema.openConnection();
        connection.setUseCaches(false);
        try (JarFile jar = connection.getJarFile()) {
          Enumeration<JarEntry> entries = jar.entries();
          while (entries.hasMoreElements()) {
            String entry = entries.nextElement().getName();
            if (entry.startsWith(BUNDLED_ROOT + "/") && !entry.endsWith("/")) {
              relatives.add(entry.substring(BUNDLED_ROOT.length() + 1));
            }
          }
        }
      } else {
        Path root = Path.of(schema.toURI()).getParent();
        try (Stream<Path> files = Files.walk(root)) {
          files
              .filter(Files::isRegularFile)
              .forEach(f -> relatives.add(root.relativize(f).toString().replace('\\', '/')));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the bundled credentials", e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException("cannot list the bundled credentials", e);
    }
    List<String> misplaced = new ArrayList<>();
    List<Source> sources = new ArrayList<>();
    for (String relative : relatives.stream().sorted().toList()) {
      if (!yaml(relative)) {
        continue;
      }
      if (!wellPlaced(relative)) {
        misplaced.add(misplacedMessage(relative));
        continue;
      }
      sources.add(new Source("bundled:" + relative, relative, resource(relative)));
    }
    if (!misplaced.isEmpty()) {
      throw new CredentialFileException("bundled credentials", misplaced);
    }
    return sources;
  }

  private static String resource(String relative) {
    try (InputStream in =
        CredentialSources.class.getResourceAsStream("/" + BUNDLED_ROOT + "/" + relative)) {
      if (in == null) {
        throw new IllegalStateException("bundled credential missing: " + relative);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static boolean yaml(String relative) {
    return relative.endsWith(".yaml") || relative.endsWith(".yml");
  }

  /** {@code <id>/<version>.yaml}: one folder deep, with the one extension the portal reads. */
  static boolean wellPlaced(String relative) {
    return relative.endsWith(".yaml") && relative.split("/").length == 2;
  }

  static String misplacedMessage(String relative) {
    return relative
        + ": a credential file belongs at <id>/<version>.yaml (one folder per credential,"
        + " named by its id, and the extension .yaml); this file would be ignored, so it is"
        + " refused";
  }
}
