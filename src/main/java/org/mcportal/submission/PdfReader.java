package org.mcportal.submission;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
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
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.mcportal.platform.Problem;
import org.mcportal.platform.ProblemException;
import org.mcportal.rules.WordCounter;

/**
 * Reads an uploaded PDF's text for the checks, within bounds: a file is a PDF only if its bytes say
 * so, PDFBox may use a fixed amount of memory, the page count is capped, and parsing runs on a
 * small pool of its own with a time limit, so a hostile file ties up neither a request thread nor
 * the heap. The limit stops the work itself: the parse checks it at every read of the file and
 * every content operator, and the refusal is sent once the parse has let go.
 *
 * <p>The upload reads only the text layer and counts the pages without one. Those pages (a scanned
 * note) are recognised later by {@link ScanRecognition} through {@link #recognise}, which reads the
 * file again and hands them, rendered, to {@link PageRecognizer}, within a time limit, page count
 * and memory of their own.
 */
@ApplicationScoped
public class PdfReader {

  private static final byte[] MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
  // The magic may follow a little junk, which readers tolerate; more is not a PDF.
  private static final int MAGIC_WINDOW = 1024;

  private final SubmissionConfig config;
  // A letter page at 200 dpi is about 3.7 million pixels; a poster is scaled down to this.
  private static final double MAX_SCAN_PIXELS = 8_000_000;

  // Long enough for a parse to reach its next check after being told to stop.
  private static final Duration STOP_GRACE = Duration.ofSeconds(5);

  private final ExecutorService parsers = Executors.newFixedThreadPool(2, PdfReader::daemon);
  private final AtomicInteger running = new AtomicInteger();

  private final PageRecognizer recognizer;

  PdfReader(SubmissionConfig config, PageRecognizer recognizer) {
    this.config = config;
    this.recognizer = recognizer;
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
          "This file is not a PDF. Save the document as PDF and upload that file.");
    }
    Parse job = new Parse(bytes, config.parseTimeout(), false);
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
    private final boolean recognising;
    private final CountDownLatch started = new CountDownLatch(1);
    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile boolean cancelled;
    private volatile long deadline;

    Parse(byte[] bytes, Duration limit, boolean recognising) {
      this.bytes = bytes;
      this.limit = limit;
      this.recognising = recognising;
    }

    @Override
    public ReadPdf call() throws IOException {
      running.incrementAndGet();
      deadline = System.nanoTime() + limit.toNanos();
      started.countDown();
      try {
        return parse(bytes, this);
      } finally {
        running.decrementAndGet();
        finished.countDown();
      }
    }

    /** Recognising scanned pages comes after reading, with its own time limit. */
    void startRecognising() {
      deadline = System.nanoTime() + config.ocrTimeout().toNanos();
    }

    Duration timeLeft() {
      return Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
    }

    private void checkTime() {
      if (cancelled || Thread.currentThread().isInterrupted() || System.nanoTime() > deadline) {
        throw new CancellationException("PDF parse stopped at its time limit");
      }
    }
  }

  private ReadPdf parse(byte[] bytes, Parse job) throws IOException {
    Runnable checkTime = job::checkTime;
    var memory = MemoryUsageSetting.setupMainMemoryOnly(config.maxParseMemoryBytes()).streamCache;
    try (PDDocument document = Loader.loadPDF(new CheckedBuffer(bytes, checkTime), "", memory)) {
      if (document.isEncrypted()) {
        throw unreadable("This PDF is encrypted. Save it again without a password or protection.");
      }
      int pages = document.getNumberOfPages();
      if (pages > config.maxUploadPages()) {
        throw unreadable(
            "This PDF has "
                + pages
                + " pages; a document may have at most "
                + config.maxUploadPages());
      }
      List<String> texts = new ArrayList<>();
      CheckedStripper stripper = new CheckedStripper(checkTime);
      for (int page = 1; page <= pages; page++) {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        texts.add(stripper.getText(document).strip());
      }
      int withoutText = (int) texts.stream().filter(t -> WordCounter.count(t) == 0).count();
      Recognition.Outcome outcome = Recognition.Outcome.NOT_NEEDED;
      if (job.recognising) {
        outcome = recogniseScannedPages(document, texts, job);
      }
      String text = String.join("\n\n", texts.stream().filter(t -> !t.isEmpty()).toList());
      return new ReadPdf(text, pages, withoutText, outcome);
    } catch (InvalidPasswordException e) {
      throw unreadable("This PDF is encrypted. Save it again without a password or protection.");
    }
  }

  /**
   * Replaces the empty text of pages without a text layer, such as a scanned handwritten note, by
   * what Tesseract recognises on the page rendered as an image. Only the first few such pages are
   * read, at a resolution capped so that one page's image stays a few megabytes. When the time for
   * recognition runs out, the pages recognised so far count and the rest stay empty.
   */
  private Recognition.Outcome recogniseScannedPages(
      PDDocument document, List<String> texts, Parse job) throws IOException {
    if (texts.stream().allMatch(t -> WordCounter.count(t) > 0)) {
      return Recognition.Outcome.NOT_NEEDED;
    }
    if (!recognizer.available()) {
      return Recognition.Outcome.FAILED;
    }
    job.startRecognising();
    PDFRenderer renderer = new PDFRenderer(document);
    boolean recognised = false;
    boolean outOfTime = false;
    int tried = 0;
    for (int page = 0; page < texts.size() && tried < config.ocrMaxPages(); page++) {
      if (WordCounter.count(texts.get(page)) > 0) {
        continue;
      }
      if (job.timeLeft().isZero()) {
        outOfTime = true;
        break;
      }
      tried++;
      job.checkTime();
      BufferedImage image =
          renderer.renderImageWithDPI(page, dpiFor(document, page), ImageType.GRAY);
      try {
        var text = recognizer.recognise(image, job.timeLeft());
        if (text.isPresent()) {
          texts.set(page, text.get());
          recognised = true;
        } else if (job.timeLeft().isZero()) {
          outOfTime = true;
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new CancellationException("PDF parse stopped while recognising text");
      }
    }
    if (recognised) {
      return Recognition.Outcome.RECOGNISED;
    }
    return outOfTime ? Recognition.Outcome.FAILED : Recognition.Outcome.NOTHING_RECOGNISED;
  }

  /**
   * Reads a stored upload again and recognises the text of its pages without a text layer, on the
   * caller's thread (the recognition worker's), within the reader's bounds: the parse time for the
   * file, then the recognition time for the scanned pages.
   */
  public Recognition recognise(byte[] bytes) {
    Parse job = new Parse(bytes, config.parseTimeout(), true);
    try {
      ReadPdf read = job.call();
      return new Recognition(read.recognition(), read.text());
    } catch (CancellationException e) {
      if (Thread.currentThread().isInterrupted()) {
        throw e;
      }
      return new Recognition(Recognition.Outcome.FAILED, null);
    } catch (ProblemException | IOException e) {
      return new Recognition(Recognition.Outcome.FAILED, null);
    }
  }

  /** The configured resolution, lowered for a page so large its image would exceed the cap. */
  private float dpiFor(PDDocument document, int page) {
    var box = document.getPage(page).getMediaBox();
    double inches = Math.max(1, box.getWidth() / 72.0) * Math.max(1, box.getHeight() / 72.0);
    double dpi = Math.min(config.ocrDpi(), Math.sqrt(MAX_SCAN_PIXELS / inches));
    return (float) Math.max(50, dpi);
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
      if (bytes[i] == '<') {
        // Markup before the PDF makes a file a browser would render as a web page: a polyglot.
        return false;
      }
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

  /**
   * What the checks need of a PDF.
   *
   * @param text the text of the pages that have one (and, after recognition, of the scanned pages)
   * @param pagesWithoutText pages without a text layer: a scan, whose text recognition may read
   * @param recognition whether recognition ran, and what came of it
   */
  public record ReadPdf(
      String text, int pages, int pagesWithoutText, Recognition.Outcome recognition) {}

  /**
   * What came of recognising a file's scanned pages.
   *
   * @param text the file's whole text, recognised pages included; null when recognition failed
   */
  public record Recognition(Outcome outcome, String text) {

    /** The states an upload's recognition passes through, as stored. */
    public enum Outcome {
      NOT_NEEDED,
      PENDING,
      RECOGNISED,
      NOTHING_RECOGNISED,
      FAILED
    }
  }
}
