package org.mcportal.submission;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "portal.submission")
public interface SubmissionConfig {

  /** The longest text one field takes: far above the longest answer a credential asks for. */
  @WithDefault("400000")
  int maxFieldCharacters();

  /** The largest PDF accepted as a document. */
  @WithDefault("5242880")
  long maxUploadBytes();

  /** PDFs with more pages are refused: a document written for a credential is a page or a few. */
  @WithDefault("20")
  int maxUploadPages();

  /** Memory PDFBox may use while reading one upload; beyond it the upload is refused. */
  @WithDefault("33554432")
  long maxParseMemoryBytes();

  /** How long reading one upload may take before it is refused. */
  @WithDefault("10s")
  Duration parseTimeout();

  /** How long recognising the text of one upload's scanned pages may take, all pages together. */
  @WithDefault("30s")
  Duration ocrTimeout();

  /** Scanned pages recognised per upload; a note is a page or two, and each page costs seconds. */
  @WithDefault("3")
  int ocrMaxPages();

  /** Memory the text recognition process may use. */
  @WithDefault("1073741824")
  long ocrMaxMemoryBytes();

  /** Resolution a scanned page is rendered at for recognition. */
  @WithDefault("200")
  int ocrDpi();

  /**
   * Uploads whose scanned pages one node recognises at once. Each runs one Tesseract process of one
   * thread, so this is also the cores recognition may take from the requests.
   */
  @WithDefault("1")
  int ocrWorkers();

  /**
   * How often each node looks for scans waiting for recognition: those left by a restart, by a node
   * that stopped, or by uploads that came while every worker was busy.
   */
  @WithDefault("15s")
  Duration ocrPoll();

  /** Times a scan is taken up for recognition before it is given up as failed. */
  @WithDefault("3")
  int ocrMaxAttempts();
}
