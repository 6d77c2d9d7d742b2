package org.mcportal.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which Noto Sans a document is set in, read back from the PDF as pdffonts lists it. */
class PdfLayoutFontsTest {

  private final PdfLayout layout = new PdfLayout();

  @Test
  void aDocumentWithoutDevanagariIsSetInNotoSansLgc() throws Exception {
    String fonts = fontsOf("Gia đình em rất vui. Ωμέγα, Привет, café.");
    assertThat(fonts).contains("+NotoSansLGC-Regular").doesNotContain("+NotoSans-Regular");
  }

  @Test
  void devanagariWrittenAsCharactersOrAsReferencesGetsTheWholeNotoSans() throws Exception {
    assertThat(fontsOf("Visit: घर पर")).contains("+NotoSans-Regular").doesNotContain("LGC");
    assertThat(fontsOf("Visit: &#x0918;&#2352;")).contains("+NotoSans-Regular");
    // A reference outside Unicode is not Devanagari, and is no reason to fail.
    assertThat(PdfLayout.hasDevanagari("&#9999999; &#xFFFFFF;")).isFalse();
  }

  private String fontsOf(String paragraph) throws Exception {
    String xhtml =
        "<html><head><style>body { font-family: "
            + PdfLayout.FAMILIES
            + "; }</style></head><body><p>"
            + paragraph
            + "</p></body></html>";
    return String.join("\n", PdfText.fonts(layout.render(xhtml)));
  }
}
