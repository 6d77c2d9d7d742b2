package org.mcportal.credential;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks credential files without a database, as an author runs it ({@code validate FILE…}) and as
 * the portal runs it on its own files before it starts: the same reader, the same messages.
 */
public final class CredentialValidation {

  private CredentialValidation() {}

  /**
   * Checks each file, or each credential file below a directory, and prints one line per problem
   * ({@code file: at /json/pointer: problem}) or one "ok" line per good file.
   *
   * @return 0 when every file is good, 1 when some file has a problem, 2 when nothing was given
   */
  public static int run(List<String> paths, PrintStream out, PrintStream err) {
    if (paths.isEmpty()) {
      err.println("usage: validate FILE_OR_DIRECTORY…  (credential files, <id>/<version>.yaml)");
      return 2;
    }
    CredentialFileReader reader = new CredentialFileReader();
    List<String> problems = new ArrayList<>();
    int good = 0;
    for (String given : paths) {
      Path path = Path.of(given);
      List<CredentialSources.Source> sources = new ArrayList<>();
      try {
        if (Files.isDirectory(path)) {
          sources.addAll(CredentialSources.directory(path));
        } else {
          sources.add(file(given, path));
        }
      } catch (CredentialFileException e) {
        problems.addAll(e.lines());
        continue;
      }
      for (CredentialSources.Source source : sources) {
        String name = Files.isDirectory(path) ? path.resolve(source.name()).toString() : given;
        try {
          var loaded = reader.read(name, source.text());
          String expected =
              loaded.definition().id() + "/" + loaded.definition().version() + ".yaml";
          if (!source.relative().equals(expected)) {
            problems.add(
                name
                    + ": "
                    + CredentialFileReader.at(
                        "/id",
                        "a file for id '"
                            + loaded.definition().id()
                            + "' version '"
                            + loaded.definition().version()
                            + "' belongs at "
                            + expected));
            continue;
          }
          out.println(
              name
                  + ": ok ("
                  + loaded.definition().id()
                  + " "
                  + loaded.definition().version()
                  + ")");
          good++;
        } catch (CredentialFileException e) {
          problems.addAll(e.lines());
        }
      }
    }
    problems.forEach(err::println);
    if (!problems.isEmpty()) {
      err.println(
          problems.size()
              + (problems.size() == 1 ? " problem" : " problems")
              + "; "
              + good
              + " good");
      return 1;
    }
    return 0;
  }

  /**
   * The portal's own files, bundled and from the configured directory, checked before anything is
   * written.
   *
   * @return every problem, one line each; empty when the portal may start
   */
  public static List<String> problemsBeforeStart(Optional<Path> dir) {
    CredentialFileReader reader = CredentialFileReader.shared();
    List<String> problems = new ArrayList<>();
    List<CredentialSources.Source> sources;
    try {
      sources = CredentialSources.all(dir);
    } catch (CredentialFileException e) {
      return e.lines();
    }
    for (CredentialSources.Source source : sources) {
      try {
        reader.read(source.name(), source.text());
      } catch (CredentialFileException e) {
        problems.addAll(e.lines());
      }
    }
    return problems;
  }

  private static CredentialSources.Source file(String given, Path path) {
    if (!Files.isRegularFile(path)) {
      throw new CredentialFileException(given, List.of("no such file"));
    }
    int count = path.getNameCount();
    String relative =
        count >= 2
            ? path.getName(count - 2) + "/" + path.getName(count - 1)
            : path.getFileName().toString();
    try {
      return new CredentialSources.Source(
          given, relative, Files.readString(path, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new CredentialFileException(given, List.of("cannot be read: " + e.getMessage()));
    }
  }
}
