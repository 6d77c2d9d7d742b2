package org.mcportal;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.mcportal.credential.CredentialValidation;

/**
 * The portal's entry point. {@code validate FILE…} checks credential files and exits without
 * starting anything. Otherwise the credential files are checked before Quarkus starts, so that a
 * bad file or a missing credentials directory stops the portal before it creates its database.
 */
@QuarkusMain
public final class PortalMain {

  private PortalMain() {}

  public static void main(String... args) {
    if (args.length > 0 && "validate".equals(args[0])) {
      System.exit(
          CredentialValidation.run(
              Arrays.asList(args).subList(1, args.length), System.out, System.err));
    }
    List<String> problems = CredentialValidation.problemsBeforeStart(credentialsDir());
    if (!problems.isEmpty()) {
      System.err.println("The portal did not start: its credential files have problems.");
      problems.forEach(p -> System.err.println("  " + p));
      System.exit(1);
    }
    Quarkus.run(args);
  }

  /**
   * The directory as the operator sets it, before the configuration is loaded: the system property
   * first, then the environment variable, as {@code application.properties} maps them. The full
   * configuration is checked again at start-up.
   */
  private static Optional<Path> credentialsDir() {
    String property = System.getProperty("portal.credentials.dir");
    String value = property != null ? property : System.getenv("PORTAL_RUBRICS_DIR");
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(Path.of(value));
  }
}
