package org.mcportal.submission;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mcportal.identity.Role;
import org.mcportal.identity.TestIdentities;

/**
 * Uploads too large to take: 20 MB, and one byte over the 6 MB body limit. The portal must answer
 * 413 from the headers, before it reads the body; a body sent without a length must be cut off at
 * the limit; nothing may be stored, neither a row nor a temporary file; and the server's heap must
 * not hold the body at any point.
 *
 * <p>The heap is judged by what the server's threads allocate while they refuse (every thread of
 * this JVM except the ones the test sends from): a body gathered in memory would show as at least
 * its own size. Retained heap after a collection is reported too, as a second view.
 */
@QuarkusTest
class UploadSizeLimitTest {

  private static final String NOTE = "document:artifact-3:0";
  private static final long BODY_LIMIT = 6L * 1024 * 1024;
  private static final long TWENTY_MB = 20L * 1024 * 1024;
  private static final String BOUNDARY = "----s1-boundary";

  /** Far below any of the bodies tried, far above what refusing from the headers costs. */
  private static final long ALLOCATION_BOUND = 4L * 1024 * 1024;

  @TestHTTPResource("/")
  URI base;

  @Inject TestIdentities identities;
  @Inject DataSource database;

  private String token;
  private long submission;

  @BeforeEach
  void startDraft() {
    token = identities.token(identities.account("oversize", Role.EDUCATOR).id());
    submission = EducatorClient.start(token);
  }

  @Test
  void twentyMegabytesAnnouncedAreRefusedFromTheHeadersWithoutReadingTheBody() throws Exception {
    assertRefusedFromTheHeaders(TWENTY_MB);
  }

  @Test
  void oneByteOverTheBodyLimitIsRefusedFromTheHeadersWithoutReadingTheBody() throws Exception {
    assertRefusedFromTheHeaders(BODY_LIMIT + 1);
  }

  /**
   * A client that sends the whole 20 MB body regardless: the answer comes without waiting for it,
   * and the connection is closed, so the client cannot push more than its own and the kernel's
   * buffers hold.
   */
  @Test
  void aClientThatSendsTwentyMegabytesAnywayIsStoppedEarly() throws Exception {
    Set<Path> temporaryBefore = temporaryUploads();
    Measure measure = Measure.start();

    Sent sent = send(TWENTY_MB, false);

    measure.stop();
    System.out.printf(
        "S1 20 MB with Content-Length, sent anyway: %s; client wrote %d bytes of %d; %s%n",
        sent.statusLine(), sent.written(), TWENTY_MB, measure);
    assertThat(sent.statusLine()).startsWith("HTTP/1.1 413");
    assertThat(sent.written()).as("bytes the client could send").isLessThan(TWENTY_MB);
    assertThat(measure.allocated()).isLessThan(ALLOCATION_BOUND);
    assertNothingStored(temporaryBefore);
  }

  /**
   * Without a Content-Length nothing can be judged from the headers: the body is cut off when the
   * limit is reached. The client tries 20 MB in chunks and is stopped well before the end.
   */
  @Test
  void aChunkedBodyWithoutALengthIsCutOffAtTheLimit() throws Exception {
    Set<Path> temporaryBefore = temporaryUploads();
    Measure measure = Measure.start();

    Sent sent = send(TWENTY_MB, true);

    measure.stop();
    System.out.printf(
        "S1 20 MB chunked: %s; client wrote %d bytes of %d; %s%n",
        sent.statusLine(), sent.written(), TWENTY_MB, measure);
    assertThat(sent.statusLine()).startsWith("HTTP/1.1 413");
    assertThat(sent.written()).as("bytes the client could send").isLessThan(TWENTY_MB);
    assertThat(measure.allocated()).isLessThan(TWENTY_MB);
    assertNothingStored(temporaryBefore);
  }

  /**
   * A 5 MB + 1 byte file fits in the body limit, so it arrives: it streams to a temporary file, is
   * refused by its size before it is read into memory, and the temporary file is deleted. It is
   * sent from a socket out of one small buffer, so that the heap figures are the server's alone.
   */
  @Test
  void aFileOneByteOverFiveMegabytesIsRefusedAndNothingIsKept() throws Exception {
    long size = 5L * 1024 * 1024 + 1;
    Set<Path> temporaryBefore = temporaryUploads();
    Measure measure = Measure.start();

    String answer = sendWholeFile(size);

    measure.stop();
    System.out.printf(
        "S1 5 MB + 1 byte file: %s; %s%n", answer.lines().findFirst().orElse(""), measure);
    assertThat(answer)
        .startsWith("HTTP/1.1 413 ")
        .contains("urn:mcportal:problem:upload-too-large");
    assertNothingStored(temporaryBefore);
  }

  private String sendWholeFile(long size) throws IOException {
    byte[] part =
        ("--"
                + BOUNDARY
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n%PDF-1.4\n")
            .getBytes(StandardCharsets.US_ASCII);
    byte[] end = ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII);
    long fileRest = size - "%PDF-1.4\n".length();
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout(120_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          head(part.length + fileRest + end.length, false).getBytes(StandardCharsets.US_ASCII));
      out.write(part);
      byte[] chunk = new byte[64 * 1024];
      for (long sent = 0; sent < fileRest; sent += chunk.length) {
        out.write(chunk, 0, (int) Math.min(chunk.length, fileRest - sent));
      }
      out.write(end);
      out.flush();
      InputStream in = socket.getInputStream();
      byte[] buffer = new byte[8192];
      StringBuilder answer = new StringBuilder();
      // The answer has a length; the connection stays open, so read until the body is complete.
      int read;
      while ((read = in.read(buffer)) > 0) {
        answer.append(new String(buffer, 0, read, StandardCharsets.UTF_8));
        if (answer.indexOf("}") > 0 && answer.indexOf("\r\n\r\n") > 0) {
          break;
        }
      }
      return answer.toString();
    }
  }

  private void assertRefusedFromTheHeaders(long length) throws Exception {
    Set<Path> temporaryBefore = temporaryUploads();
    Measure measure = Measure.start();
    String answer;
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout(60_000);
      OutputStream out = socket.getOutputStream();
      out.write(head(length, false).getBytes(StandardCharsets.US_ASCII));
      out.flush();
      // Not one byte of the body is sent: only an answer from the headers can arrive.
      answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
    measure.stop();

    System.out.printf(
        "S1 %d bytes announced, none sent: %s; %s%n", length, answer.lines().findFirst(), measure);
    assertThat(answer)
        .startsWith("HTTP/1.1 413 ")
        .contains("urn:mcportal:problem:body-too-large")
        .containsIgnoringCase("connection: close");
    assertThat(measure.allocated()).isLessThan(ALLOCATION_BOUND);
    assertNothingStored(temporaryBefore);
  }

  private String head(long length, boolean chunked) {
    return "PUT /api/submissions/"
        + submission
        + "/uploads/"
        + NOTE
        + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
        + token
        + "\r\nAccept: application/json\r\nContent-Type: multipart/form-data; boundary="
        + BOUNDARY
        + "\r\n"
        + (chunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + length + "\r\n")
        + "\r\n";
  }

  /**
   * Sends a multipart body of about {@code length} bytes while reading the answer, and counts how
   * many bytes the socket took before the server's answer and close stopped it.
   */
  private Sent send(long length, boolean chunked) throws Exception {
    ExecutorService writer = Executors.newSingleThreadExecutor();
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout(120_000);
      OutputStream out = socket.getOutputStream();
      out.write(head(length, chunked).getBytes(StandardCharsets.US_ASCII));
      AtomicLong written = new AtomicLong();
      CompletableFuture<Long> writerThread = new CompletableFuture<>();
      Future<?> writing =
          writer.submit(
              () -> {
                writerThread.complete(Thread.currentThread().getId());
                byte[] part =
                    ("--"
                            + BOUNDARY
                            + "\r\nContent-Disposition: form-data; name=\"file\";"
                            + " filename=\"big.pdf\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n")
                        .getBytes(StandardCharsets.US_ASCII);
                byte[] chunk = new byte[64 * 1024];
                try {
                  writeOne(out, part, chunked);
                  written.addAndGet(part.length);
                  while (written.get() < length) {
                    int size = (int) Math.min(chunk.length, length - written.get());
                    writeOne(out, java.util.Arrays.copyOf(chunk, size), chunked);
                    written.addAndGet(size);
                  }
                  if (chunked) {
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                  }
                  out.flush();
                } catch (IOException stopped) {
                  // The server closed the connection: the count so far is the figure.
                }
                return null;
              });
      Measure.exclude(writerThread.get(10, TimeUnit.SECONDS));
      InputStream in = socket.getInputStream();
      String answer;
      try {
        answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException reset) {
        answer = "";
      }
      writing.get(2, TimeUnit.MINUTES);
      String statusLine = answer.lines().findFirst().orElse("(no answer)");
      return new Sent(statusLine, written.get());
    } finally {
      writer.shutdownNow();
    }
  }

  private static void writeOne(OutputStream out, byte[] bytes, boolean chunked) throws IOException {
    if (chunked) {
      out.write((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
      out.write(bytes);
      out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    } else {
      out.write(bytes);
    }
  }

  private record Sent(String statusLine, long written) {}

  private void assertNothingStored(Set<Path> temporaryBefore) throws Exception {
    assertThat(uploadRows()).as("upload rows of the submission").isZero();
    given()
        .header("Authorization", "Bearer " + token)
        .get("/api/submissions/" + submission + "/uploads")
        .then()
        .statusCode(200)
        .body("size()", org.hamcrest.Matchers.is(0));
    // Temporary files are deleted as the request ends, which may be just after the answer.
    Set<Path> left = new HashSet<>(temporaryUploads());
    for (int wait = 0; wait < 50 && !temporaryBefore.containsAll(left); wait++) {
      Thread.sleep(100);
      left = new HashSet<>(temporaryUploads());
    }
    left.removeAll(temporaryBefore);
    assertThat(left).as("temporary upload files left behind").isEmpty();
  }

  private long uploadRows() throws SQLException {
    try (Connection connection = database.getConnection();
        PreparedStatement count =
            connection.prepareStatement("SELECT COUNT(*) FROM upload WHERE submission_id = ?")) {
      count.setLong(1, submission);
      try (ResultSet row = count.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }

  private static Set<Path> temporaryUploads() throws IOException {
    Path directory =
        Path.of(
            ConfigProvider.getConfig()
                .getOptionalValue("quarkus.http.body.uploads-directory", String.class)
                .orElse("file-uploads"));
    if (!Files.isDirectory(directory)) {
      return Set.of();
    }
    try (Stream<Path> files = Files.walk(directory)) {
      return new HashSet<>(files.filter(Files::isRegularFile).toList());
    }
  }

  /** Bytes allocated by the JVM's threads, the sending ones excluded, and retained heap. */
  private static final class Measure {
    private static final Set<Long> EXCLUDED = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final long allocatedBefore;
    private final long heapBefore;
    private long allocated;
    private long heapAfter;

    private Measure() {
      EXCLUDED.clear();
      EXCLUDED.add(Thread.currentThread().getId());
      heapBefore = heapAfterCollection();
      allocatedBefore = allocatedByServer();
    }

    static Measure start() {
      return new Measure();
    }

    static void exclude(long threadId) {
      EXCLUDED.add(threadId);
    }

    void stop() {
      allocated = allocatedByServer() - allocatedBefore;
      heapAfter = heapAfterCollection();
    }

    long allocated() {
      return allocated;
    }

    long retained() {
      return heapAfter - heapBefore;
    }

    @Override
    public String toString() {
      return String.format(
          "server threads allocated %.2f MB; heap after collection %+.2f MB",
          allocated / 1048576.0, (heapAfter - heapBefore) / 1048576.0);
    }

    private static long allocatedByServer() {
      com.sun.management.ThreadMXBean threads =
          (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
      long[] ids =
          java.util.Arrays.stream(threads.getAllThreadIds())
              .filter(id -> !EXCLUDED.contains(id))
              .toArray();
      long sum = 0;
      for (long bytes : threads.getThreadAllocatedBytes(ids)) {
        sum += Math.max(bytes, 0);
      }
      return sum;
    }

    private static long heapAfterCollection() {
      for (int i = 0; i < 3; i++) {
        System.gc();
      }
      return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
  }
}
