package org.mcportal.submission;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mcportal.identity.Role;
import org.mcportal.identity.TestIdentities;

/**
 * Crafted PDFs, made by the test: a deflate bomb, a 10,000-page tree, an encrypted file, a note
 * full of JavaScript actions and a file cut off in its cross-reference table. Each must be refused
 * or read inertly within the reader's time limit, with its parse stopped (the reader's threads use
 * no more CPU once the answer is out); and 20 of them at once from one educator must leave the
 * reader free for another educator's note, and the pages answering.
 */
@QuarkusTest
class HostilePdfUploadTest {

  private static final String NOTE = "document:artifact-3:0";

  /** What each crafted file may come to: refused as unreadable, or read (the script file). */
  private static final Map<String, Set<Integer>> EXPECTED = new LinkedHashMap<>();

  private static final Map<String, byte[]> FILES = new LinkedHashMap<>();

  @Inject TestIdentities identities;
  @Inject PdfReader reader;

  @BeforeAll
  static void craft() {
    FILES.put("deflate bomb", TestPdfs.deflateBomb(512));
    EXPECTED.put("deflate bomb", Set.of(422));
    FILES.put("10,000 pages", TestPdfs.manyPages(10_000));
    EXPECTED.put("10,000 pages", Set.of(422));
    FILES.put("encrypted", TestPdfs.encrypted("a note under a password"));
    EXPECTED.put("encrypted", Set.of(422));
    FILES.put("JavaScript actions", TestPdfs.withJavaScript("We met at the library."));
    EXPECTED.put("JavaScript actions", Set.of(200));
    FILES.put("truncated xref", TestPdfs.truncatedXref("We met at the library."));
    EXPECTED.put("truncated xref", Set.of(200, 422));
  }

  @Test
  void eachCraftedFileIsRefusedOrReadInertlyAndItsParseStops() throws Exception {
    for (Map.Entry<String, byte[]> file : FILES.entrySet()) {
      String token = identities.token(identities.account("crafted", Role.EDUCATOR).id());
      long draft = EducatorClient.start(token);

      long allocatedBefore = readerAllocatedBytes();
      long started = System.nanoTime();
      Response answer = upload(token, draft, file.getKey() + ".pdf", file.getValue());
      long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
      int runningAtAnswer = reader.parsesRunning();
      long allocated = readerAllocatedBytes() - allocatedBefore;
      long cpu = readerCpuMillisOverOneSecond();

      System.out.println(
          "S3 "
              + String.format(
                  "%s (%,d bytes): %d %s in %d ms; the reader allocated %.0f MB; reader CPU in the"
                      + " next second %d ms",
                  file.getKey(),
                  file.getValue().length,
                  answer.statusCode(),
                  answer.statusCode() == 200 ? "" : answer.<String>path("detail"),
                  millis,
                  allocated / 1048576.0,
                  cpu));
      assertThat(answer.statusCode()).as(file.getKey()).isIn(EXPECTED.get(file.getKey()));
      assertThat(runningAtAnswer).as("parses still running after " + file.getKey()).isZero();
      assertThat(cpu).as("reader CPU after " + file.getKey()).isLessThan(50);
      if (answer.statusCode() == 200) {
        assertInertOnDownload(token, draft);
      }
    }
  }

  @Test
  void twentyCraftedFilesAtOnceLeaveAnotherEducatorsUploadAndPagesWorking() throws Exception {
    String attacker = identities.token(identities.account("storm", Role.EDUCATOR).id());
    long attackersDraft = EducatorClient.start(attacker);
    String other = identities.token(identities.account("bystander", Role.EDUCATOR).id());
    long othersDraft = EducatorClient.start(other);
    List<byte[]> storm = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      storm.add(new ArrayList<>(FILES.values()).get(i % FILES.size()));
    }
    List<MemoryPoolMXBean> heap =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP)
            .toList();
    System.gc();
    long heapBefore = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    heap.forEach(MemoryPoolMXBean::resetPeakUsage);

    ExecutorService clients = Executors.newFixedThreadPool(21);
    CountDownLatch go = new CountDownLatch(1);
    List<Integer> statuses = new CopyOnWriteArrayList<>();
    List<Future<?>> sent = new ArrayList<>();
    for (byte[] file : storm) {
      sent.add(
          clients.submit(
              () -> {
                go.await();
                statuses.add(upload(attacker, attackersDraft, "storm.pdf", file).statusCode());
                return null;
              }));
    }
    go.countDown();
    // The bystander acts while the storm is being read.
    for (int wait = 0; wait < 200 && reader.parsesRunning() == 0; wait++) {
      Thread.sleep(25);
    }
    boolean duringTheStorm = reader.parsesRunning() > 0;
    Response othersUpload =
        upload(other, othersDraft, "visit.pdf", TestPdfs.withPages("Thank you for the visit."));
    Response othersPage =
        given()
            .header("Authorization", "Bearer " + other)
            .accept("text/html")
            .get("/submissions/" + othersDraft);
    Response othersList =
        given().header("Authorization", "Bearer " + other).get("/api/submissions");
    boolean stillStorming = sent.stream().anyMatch(f -> !f.isDone());
    for (Future<?> upload : sent) {
      upload.get(5, TimeUnit.MINUTES);
    }
    clients.shutdown();
    long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    int runningAfter = reader.parsesRunning();
    long cpu = readerCpuMillisOverOneSecond();

    System.out.printf(
        "S3 storm: 20 files, answers %s; bystander upload %d, page %d, list %d (storm running"
            + " then: %s); heap peak %.0f MB (before %.0f MB, max %.0f MB); reader CPU after %d"
            + " ms%n",
        statuses.stream()
            .collect(
                java.util.stream.Collectors.groupingBy(
                    s -> s, java.util.TreeMap::new, java.util.stream.Collectors.counting())),
        othersUpload.statusCode(),
        othersPage.statusCode(),
        othersList.statusCode(),
        duringTheStorm && stillStorming,
        peak / 1048576.0,
        heapBefore / 1048576.0,
        Runtime.getRuntime().maxMemory() / 1048576.0,
        cpu);
    assertThat(duringTheStorm).as("the storm was being read when the bystander came").isTrue();
    assertThat(statuses).hasSize(20).allMatch(s -> Set.of(200, 422, 429).contains(s));
    assertThat(statuses).as("one file read at a time for the attacker").contains(429);
    assertThat(othersUpload.statusCode()).as("the bystander's upload").isEqualTo(200);
    assertThat(othersUpload.<Integer>path("pages")).isEqualTo(1);
    assertThat(othersPage.statusCode()).as("the bystander's editor page").isEqualTo(200);
    assertThat(othersList.statusCode()).as("the bystander's submissions").isEqualTo(200);
    assertThat(runningAfter).isZero();
    assertThat(cpu).as("reader CPU after the storm").isLessThan(50);
    assertThat(peak).as("heap at its peak").isLessThan(Runtime.getRuntime().maxMemory());
  }

  /** The file is kept as sent, but only ever handed out as a sandboxed attachment. */
  private static void assertInertOnDownload(String token, long draft) {
    Response download =
        given()
            .header("Authorization", "Bearer " + token)
            .get("/api/submissions/" + draft + "/uploads/" + NOTE + "/file");
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.header("Content-Disposition")).startsWith("attachment");
    assertThat(download.header("Content-Security-Policy").split(";\\s*")).contains("sandbox");
    assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");
  }

  /** CPU the reader's threads use in one second, in milliseconds: none once every parse stopped. */
  private static long readerCpuMillisOverOneSecond() throws InterruptedException {
    long before = readerCpuNanos();
    Thread.sleep(1_000);
    return TimeUnit.NANOSECONDS.toMillis(readerCpuNanos() - before);
  }

  private static long readerAllocatedBytes() {
    var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long total = 0;
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      if (thread.getName().equals("pdf-reader")) {
        total += Math.max(0, threads.getThreadAllocatedBytes(thread.getId()));
      }
    }
    return total;
  }

  private static long readerCpuNanos() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long total = 0;
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      if (thread.getName().equals("pdf-reader")) {
        total += Math.max(0, threads.getThreadCpuTime(thread.getId()));
      }
    }
    return total;
  }

  private static Response upload(String token, long draft, String name, byte[] pdf) {
    return given()
        .header("Authorization", "Bearer " + token)
        .multiPart("file", name, pdf, "application/pdf")
        .put("/api/submissions/" + draft + "/uploads/" + NOTE);
  }
}
