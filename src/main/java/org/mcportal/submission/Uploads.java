package org.mcportal.submission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.mcportal.platform.Problem;
import org.mcportal.platform.ProblemException;

/**
 * The edge of an upload: checks the size the client sent before reading it into memory, and hands
 * the bytes to {@link PdfReader}, one file per educator at a time. Quarkus bounds only the whole
 * body, not each file.
 */
@ApplicationScoped
public class Uploads {

  private final SubmissionConfig config;
  private final PdfReader reader;
  private final UploadService files;
  private final ScanRecognition recognition;
  // Educators with a file being read on this node. The reader has two threads for everyone, so one
  // educator sending many hostile files at once could otherwise keep them busy for all the others.
  private final Set<Long> reading = ConcurrentHashMap.newKeySet();

  Uploads(
      SubmissionConfig config, PdfReader reader, UploadService files, ScanRecognition recognition) {
    this.config = config;
    this.reader = reader;
    this.files = files;
    this.recognition = recognition;
  }

  /**
   * Checks that the upload may be made, then reads the file outside any transaction, then keeps it
   * under the submission's lock, which checks again: the draft may have been submitted meanwhile.
   * Only the text layer is read here; scanned pages are recognised after the answer, once the file
   * is stored.
   */
  public UploadView attach(long ownerId, long submissionId, String key, FileUpload file) {
    files.requireUploadable(ownerId, submissionId, key);
    byte[] bytes = bytes(file);
    if (!reading.add(ownerId)) {
      long wait = Math.max(1, config.parseTimeout().toSeconds());
      throw new ProblemException(
          Problem.of(
                  Response.Status.TOO_MANY_REQUESTS,
                  "Another of your files is being read. Upload this one when it is done.")
              .withType("upload-in-progress")) {
        @Override
        public Response response(String path) {
          return Response.fromResponse(super.response(path)).header("Retry-After", wait).build();
        }
      };
    }
    PdfReader.ReadPdf read;
    try {
      read = reader.read(bytes);
    } catch (ProblemException unreadable) {
      throw cutShortByFullDisk(file).orElse(unreadable);
    } finally {
      reading.remove(ownerId);
    }
    UploadView stored =
        files.attach(ownerId, submissionId, key, safeName(file.fileName()), bytes, read);
    if (stored.recognising()) {
      recognition.wake();
    }
    return stored;
  }

  /**
   * The HTTP layer spools the upload to disk before the portal sees it; when that disk is full the
   * spooled copy ends early and reads as a damaged PDF. Telling the educator to export their file
   * again would be wrong, so an unreadable upload on a disk with no room left for another is
   * reported as the storage failure it is.
   */
  private java.util.Optional<RuntimeException> cutShortByFullDisk(FileUpload file) {
    try {
      long usable = Files.getFileStore(file.uploadedFile()).getUsableSpace();
      if (usable < config.maxUploadBytes()) {
        return java.util.Optional.of(
            new UncheckedIOException(
                new IOException(
                    "No space left on device while receiving an upload ("
                        + usable
                        + " bytes free)")));
      }
    } catch (IOException e) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.empty();
  }

  public byte[] bytes(FileUpload file) {
    if (file.size() > config.maxUploadBytes()) {
      throw new ProblemException(
          Problem.of(
                  Response.Status.REQUEST_ENTITY_TOO_LARGE,
                  "A PDF may be at most " + config.maxUploadBytes() / (1024 * 1024) + " MB")
              .withType("upload-too-large"));
    }
    try {
      return Files.readAllBytes(file.uploadedFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The file's own name without any folder part, for showing and for the download. It always ends
   * in ".pdf": the bytes are a PDF whatever the name said, and a saved download should open as one.
   */
  static String safeName(String name) {
    String base = name == null ? "" : name.replaceAll(".*[/\\\\]", "").strip();
    base = base.replaceAll("[\\p{Cntrl}\"]", "").strip();
    if (base.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")) {
      base = base.substring(0, base.length() - 4).strip();
    }
    if (base.isEmpty()) {
      base = "document";
    }
    return (base.length() > 196 ? base.substring(0, 196) : base) + ".pdf";
  }
}
