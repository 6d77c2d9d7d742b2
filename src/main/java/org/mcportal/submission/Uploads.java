package org.mcportal.submission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.mcportal.platform.Problem;
import org.mcportal.platform.ProblemException;

/**
 * The edge of an upload: checks the size the client sent before reading it into memory, and hands
 * the bytes to {@link PdfReader}. Quarkus bounds only the whole body, not each file.
 */
@ApplicationScoped
public class Uploads {

  private final SubmissionConfig config;
  private final PdfReader reader;

  Uploads(SubmissionConfig config, PdfReader reader) {
    this.config = config;
    this.reader = reader;
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

  public PdfReader.ReadPdf read(byte[] bytes) {
    return reader.read(bytes);
  }

  /** The file's own name without any folder part, for showing and for the download. */
  public String safeName(String name) {
    String base = name == null ? "" : name.replaceAll(".*[/\\\\]", "").strip();
    base = base.replaceAll("[\\p{Cntrl}\"]", "");
    if (base.isEmpty()) {
      return "document.pdf";
    }
    return base.length() > 200 ? base.substring(0, 200) : base;
  }
}
