package org.mcportal.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.mcportal.submission.SubmissionConfig;

/**
 * Rewrites a PDF without what names its author: the document information dictionary (author,
 * creator, title...) and every XMP metadata stream, of the document and of its pages. Written out
 * uncompressed, so the bytes an assessor receives can be searched as they are.
 */
@ApplicationScoped
class PdfScrubber {

  private final SubmissionConfig limits;

  PdfScrubber(SubmissionConfig limits) {
    this.limits = limits;
  }

  byte[] scrub(byte[] pdf) {
    var memory = MemoryUsageSetting.setupMainMemoryOnly(limits.maxParseMemoryBytes()).streamCache;
    try (PDDocument document = Loader.loadPDF(new RandomAccessReadBuffer(pdf), "", memory)) {
      document.getDocument().getTrailer().removeItem(COSName.INFO);
      document.getDocumentCatalog().getCOSObject().removeItem(COSName.METADATA);
      document.getDocumentCatalog().getCOSObject().removeItem(COSName.PIECE_INFO);
      for (PDPage page : document.getPages()) {
        page.getCOSObject().removeItem(COSName.METADATA);
        page.getCOSObject().removeItem(COSName.PIECE_INFO);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length);
      document.save(out, CompressParameters.NO_COMPRESSION);
      return out.toByteArray();
    } catch (IOException e) {
      // Stored files were read at upload; one that no longer reads is not served at all.
      throw new IllegalStateException("a stored PDF could not be rewritten", e);
    }
  }
}
