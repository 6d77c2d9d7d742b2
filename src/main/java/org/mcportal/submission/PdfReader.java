package org.mcportal.submission;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.pdfbox.Loader;
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
  private final ExecutorService parsers = Executors.newFixedThreadPool(2, PdfReader::daemon);

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
          "This file is not a PDF. Save the document as PDF and upload that file.");
    }
    Future<ReadPdf> parsing = parsers.submit(() -> parse(bytes));
    try {
      return parsing.get(config.parseTimeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      parsing.cancel(true);
      throw unreadable("Reading this PDF took too long. Try saving it again, as a simpler PDF.");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw unreadable("Reading this PDF was interrupted; try again.");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof ProblemException problem) {
        throw problem;
      }
      throw unreadable("This PDF is damaged and cannot be read. Export it again and upload that.");
    }
  }

  private ReadPdf parse(byte[] bytes) throws IOException {
    var memory = MemoryUsageSetting.setupMainMemoryOnly(config.maxParseMemoryBytes()).streamCache;
    try (PDDocument document = Loader.loadPDF(new RandomAccessReadBuffer(bytes), "", memory)) {
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
      return new ReadPdf(new PDFTextStripper().getText(document).strip(), pages);
    } catch (InvalidPasswordException e) {
      throw unreadable("This PDF is encrypted. Save it again without a password or protection.");
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
