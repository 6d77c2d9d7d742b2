import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the XHTML that the packaged portal lays out for one submission's PDF report, so that P4
 * can hand exactly that document to a bare openhtmltopdf render. The portal has no address that
 * returns the XHTML, and P4 adds none: this starts the packaged application in this JVM (run with
 * the packaged quarkus-run.jar on the class path and the same environment as the portal), asks its
 * own SubmissionReports bean for the report's XHTML once it is ready, writes it and stops.
 *
 * <p>Arguments: submission id, attempt number, output file, the port the application listens on.
 */
public class ReportXhtml {

  public static void main(String[] args) throws Exception {
    long submission = Long.parseLong(args[0]);
    int attempt = Integer.parseInt(args[1]);
    Path output = Path.of(args[2]);
    String ready = "http://127.0.0.1:" + args[3] + "/q/health/ready";
    Thread application =
        new Thread(
            () -> {
              try {
                Class.forName("io.quarkus.bootstrap.runner.QuarkusEntryPoint")
                    .getMethod("main", String[].class)
                    .invoke(null, (Object) new String[0]);
              } catch (ReflectiveOperationException e) {
                e.printStackTrace();
                System.exit(3);
              }
            },
            "application");
    application.setDaemon(true);
    application.start();
    HttpClient http = HttpClient.newHttpClient();
    long deadline = System.nanoTime() + 300_000_000_000L;
    while (true) {
      try {
        if (http.send(
                    HttpRequest.newBuilder(URI.create(ready)).build(),
                    HttpResponse.BodyHandlers.discarding())
                .statusCode()
            == 200) {
          break;
        }
      } catch (java.io.IOException e) {
        // not listening yet
      }
      if (System.nanoTime() > deadline || !application.isAlive()) {
        System.err.println("the application did not become ready");
        System.exit(2);
      }
      Thread.sleep(100);
    }
    // The application's classes live in the class loader its entry point made for it.
    ClassLoader loader = application.getContextClassLoader();
    Class<?> arc = loader.loadClass("io.quarkus.arc.Arc");
    Class<?> containerType = loader.loadClass("io.quarkus.arc.ArcContainer");
    Object container = arc.getMethod("container").invoke(null);
    Object requestContext = containerType.getMethod("requestContext").invoke(container);
    Class<?> managedContext = loader.loadClass("io.quarkus.arc.ManagedContext");
    Thread.currentThread().setContextClassLoader(loader);
    managedContext.getMethod("activate").invoke(requestContext);
    Class<?> reportsType = loader.loadClass("org.mcportal.reporting.SubmissionReports");
    Object handle =
        containerType
            .getMethod("instance", Class.class, Annotation[].class)
            .invoke(container, reportsType, new Annotation[0]);
    Object reports = loader.loadClass("io.quarkus.arc.InstanceHandle").getMethod("get").invoke(handle);
    Method xhtml = reportsType.getMethod("xhtml", long.class, int.class, boolean.class);
    String document = (String) xhtml.invoke(reports, submission, attempt, false);
    managedContext.getMethod("terminate").invoke(requestContext);
    Files.writeString(output, document, StandardCharsets.UTF_8);
    System.exit(0);
  }
}
