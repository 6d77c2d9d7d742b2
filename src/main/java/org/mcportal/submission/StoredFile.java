package org.mcportal.submission;

import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** An uploaded file as it was received. */
public record StoredFile(String fileName, String mediaType, byte[] bytes) {

  /**
   * The file as a download: saved, never shown in the portal's origin. The plain {@code filename}
   * is an ASCII stand-in for old clients; {@code filename*} (RFC 6266) carries the real name, so
   * "Nöte für Ana.pdf" arrives as written. The sandbox policy keeps a PDF that a browser opens
   * anyway from running script with the portal's cookies.
   */
  public static Response.ResponseBuilder download(StoredFile file) {
    String ascii = file.fileName().replaceAll("[^\\x20-\\x7e]", "_").replaceAll("[\"\\\\]", "_");
    String encoded = URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
    return Response.ok(file.bytes(), file.mediaType())
        .header(
            "Content-Disposition",
            "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded)
        .header("Content-Security-Policy", "sandbox")
        .header("X-Content-Type-Options", "nosniff");
  }
}
