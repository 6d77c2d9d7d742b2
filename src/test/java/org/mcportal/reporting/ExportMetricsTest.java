package org.mcportal.reporting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ExportMetricsTest {

  @Inject CsvExports exports;
  @Inject ExportMetrics metrics;

  @Test
  void anExportCountsAsRunningWhileItStreamsAndNotAfter() throws Exception {
    double before = runningOnTheMetricsPage();
    CountDownLatch writing = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    OutputStream slowClient =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
          }

          @Override
          public void write(byte[] b, int off, int len) throws IOException {
            writing.countDown();
            try {
              release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
              throw new InterruptedIOException();
            }
          }
        };

    CompletableFuture<Long> export =
        CompletableFuture.supplyAsync(
            () ->
                exports.writeAudit(
                    new CsvExports.AuditWindow(null, null),
                    new CsvExports.Options(false, false),
                    slowClient));
    assertThat(writing.await(30, TimeUnit.SECONDS)).isTrue();

    assertThat(runningOnTheMetricsPage()).isEqualTo(before + 1);

    release.countDown();
    export.get(30, TimeUnit.SECONDS);
    assertThat(runningOnTheMetricsPage()).isEqualTo(before);
  }

  @Test
  void aFailedExportStopsCountingAsRunning() {
    int before = metrics.running();
    OutputStream brokenClient =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            throw new IOException("client went away");
          }

          @Override
          public void write(byte[] b, int off, int len) throws IOException {
            throw new IOException("client went away");
          }
        };

    CompletableFuture<Long> export =
        CompletableFuture.supplyAsync(
            () ->
                exports.writeAudit(
                    new CsvExports.AuditWindow(null, null),
                    new CsvExports.Options(false, false),
                    brokenClient));

    assertThat(export).failsWithin(java.time.Duration.ofSeconds(30));
    assertThat(metrics.running()).isEqualTo(before);
  }

  private static double runningOnTheMetricsPage() {
    String page = given().get("/q/metrics").then().statusCode(200).extract().asString();
    Matcher line = Pattern.compile("(?m)^portal_exports_running ([0-9.E+-]+)$").matcher(page);
    assertThat(line.find()).as("portal_exports_running in %n%s", page).isTrue();
    return Double.parseDouble(line.group(1));
  }
}
