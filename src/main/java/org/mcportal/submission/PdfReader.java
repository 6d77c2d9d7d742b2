package org.mcportal.submission;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.mcportal.platform.Problem;
import org.mcportal.platform.ProblemException;

/**
 * Reads an uploaded PDF's text for the checks, within bounds: a file is a PDF only if its bytes say
 * so, PDFBox may use a fixed amount of memory, the page count is capped, and parsing runs on a
 * small pool of its own with a time limit, so a hostile file ties up neither a request thread nor
 * the heap.
 */
@ApplicationScoped
public class PdfReader {

  private static final byte[] MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
  // The magic may follow a little junk, which readers tolerate; more is not a PDF.
  private static final int MAGIC_WINDOW = 1024;

  private final SubmissionConfig config;
  // Long enough for a parse to reach its next check after being told to stop.
  private static final Duration STOP_GRACE = Duration.ofSeconds(5);

  private final ExecutorService parsers = Executors.newFixedThreadPool(2, PdfReader::daemon);
  private final AtomicInteger running = new AtomicInteger();

  PdfReader(SubmissionConfig config) {
    this.config = config;
  }

  /** The text of a PDF and its page count; refuses anything else with a clear problem. */
  public ReadPdf read(byte[] bytes) {
    if (bytes.length > config.maxUploadBytes()) {
      throw refuse(
          Response.Status.REQUEST_ENTITY_TOO_LARGE,
          "upload-too-large",
          "A PDF may be at most " + config.maxUploadBytes() / (1024 * 1024) + " MB");
    }
    if (!looksLikePdf(bytes)) {
      throw refuse(
          Response.Status.UNSUPPORTED_MEDIA_TYPE,
          "not-a-pdf",
          "This file is not a PDF. Save the note as PDF and upload that file.");
    }
    Parse job = new Parse(bytes, config.parseTimeout());
    Future<ReadPdf> parsing = parsers.submit(job);
    try {
      // Time spent queued behind other files is not this file's fault; it has its own bound.
      if (!job.started.await(config.parseTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
        parsing.cancel(false);
        throw new ProblemException(
            Problem.of(
                    Response.Status.SERVICE_UNAVAILABLE,
                    "The portal is busy reading other files. Try again in a minute.")
                .withType("reader-busy"));
      }
      return parsing.get(config.parseTimeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      stop(job, parsing);
      throw unreadable("Reading this PDF took too long. Try saving it again, as a simpler PDF.");
    } catch (InterruptedException e) {
      stop(job, parsing);
      Thread.currentThread().interrupt();
      throw unreadable("Reading this PDF was interrupted; try again.");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof ProblemException problem) {
        throw problem;
      }
      if (e.getCause() instanceof CancellationException) {
        throw unreadable("Reading this PDF took too long. Try saving it again, as a simpler PDF.");
      }
      throw unreadable("This PDF is damaged and cannot be read. Export it again and upload that.");
    }
  }

  /** How many files are being read now; none once every refused file's work has stopped. */
  public int parsesRunning() {
    return running.get();
  }

  /**
   * Stops a parse that ran out of time, and waits for its thread to let go: the answer is sent only
   * when the file no longer costs CPU, so a crafted file cannot slow the next educator's.
   */
  private static void stop(Parse job, Future<ReadPdf> parsing) {
    job.cancelled = true;
    parsing.cancel(true);
    try {
      job.finished.await(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** One file's parse; it checks its deadline at every read of the file and every operator. */
  private final class Parse implements java.util.concurrent.Callable<ReadPdf> {
    private final byte[] bytes;
    private final Duration limit;
    private final CountDownLatch started = new CountDownLatch(1);
    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile boolean cancelled;
    private long deadline;

    Parse(byte[] bytes, Duration limit) {
      this.bytes = bytes;
      this.limit = limit;
    }

    @Override
    public ReadPdf call() throws IOException {
      running.incrementAndGet();
      deadline = System.nanoTime() + limit.toNanos();
      started.countDown();
      try {
        return parse(bytes, this::checkTime);
      } finally {
        running.decrementAndGet();
        finished.countDown();
      }
    }

    private void checkTime() {
      if (cancelled || Thread.currentThread().isInterrupted() || System.nanoTime() > deadline) {
        throw new CancellationException("PDF parse stopped at its time limit");
      }
    }
  }

  private ReadPdf parse(byte[] bytes, Runnable checkTime) throws IOException {
    var memory = MemoryUsageSetting.setupMainMemoryOnly(config.maxParseMemoryBytes()).streamCache;
    try (PDDocument document = Loader.loadPDF(new CheckedBuffer(bytes, checkTime), "", memory)) {
      if (document.isEncrypted()) {
        throw unreadable("This PDF is encrypted. Save it again without a password or protection.");
      }
      int pages = document.getNumberOfPages();
      if (pages > config.maxUploadPages()) {
        throw unreadable(
            "This PDF has " + pages + " pages; a note may have at most " + config.maxUploadPages());
      }
      return new ReadPdf(new CheckedStripper(checkTime).getText(document).strip(), pages);
    } catch (InvalidPasswordException e) {
      throw unreadable("This PDF is encrypted. Save it again without a password or protection.");
    }
  }

  /** The file's bytes, read through a check of the parse's deadline. */
  private static final class CheckedBuffer extends RandomAccessReadBuffer {
    private final Runnable checkTime;

    CheckedBuffer(byte[] bytes, Runnable checkTime) {
      super(bytes);
      this.checkTime = checkTime;
    }

    @Override
    public int read() throws IOException {
      checkTime.run();
      return super.read();
    }

    @Override
    public int read(byte[] b, int offset, int length) throws IOException {
      checkTime.run();
      return super.read(b, offset, length);
    }
  }

  /**
   * A text stripper that checks the deadline at every content-stream operator: forms drawn inside
   * forms can make a small file cost minutes of work without reading another byte of it.
   */
  private static final class CheckedStripper extends PDFTextStripper {
    private final Runnable checkTime;

    CheckedStripper(Runnable checkTime) {
      this.checkTime = checkTime;
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
      checkTime.run();
      super.processOperator(operator, operands);
    }
  }

  static boolean looksLikePdf(byte[] bytes) {
    int last = Math.min(bytes.length, MAGIC_WINDOW) - MAGIC.length;
    for (int i = 0; i <= last; i++) {
      if (Arrays.equals(bytes, i, i + MAGIC.length, MAGIC, 0, MAGIC.length)) {
        return true;
      }
    }
    return false;
  }

  private static ProblemException unreadable(String detail) {
    return new ProblemException(
        Problem.unprocessable(detail, List.of()).withType("unreadable-pdf"));
  }

  private static ProblemException refuse(Response.Status status, String type, String detail) {
    return new ProblemException(Problem.of(status, detail).withType(type));
  }

  private static Thread daemon(Runnable task) {
    Thread thread = new Thread(task, "pdf-reader");
    thread.setDaemon(true);
    return thread;
  }

  @PreDestroy
  void stop() {
    parsers.shutdownNow();
  }

  /** What the checks need of a PDF. */
  public record ReadPdf(String text, int pages) {}
}
