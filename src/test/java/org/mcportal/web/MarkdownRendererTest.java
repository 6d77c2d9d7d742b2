package org.mcportal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownRendererTest {

  private final MarkdownRenderer markdown = new MarkdownRenderer();

  @Test
  void rendersParagraphsListsEmphasisAndLinks() {
    String html =
        markdown.toHtml(
            "Some **bold** and *italic* text.\n\n- one\n- two\n\n3. three\n4. four\n\n"
                + "[a site](https://example.org/page) and <https://example.org/auto>");

    assertThat(html)
        .contains("<p>Some <strong>bold</strong> and <em>italic</em> text.</p>")
        .contains("<ul><li>one</li><li>two</li></ul>")
        .contains("<ol start=\"3\"><li>three</li><li>four</li></ol>")
        .containsPattern(
            "<a href=\"https://example.org/page\" rel=\"[a-z ]*noopener[a-z ]*\">a site</a>")
        .containsPattern("<a href=\"https://example.org/auto\" rel=\"[a-z ]*noreferrer[a-z ]*\">");
  }

  @Test
  void keepsHeadingsBelowTheLevelsThePageOwns() {
    assertThat(markdown.toHtml("# One\n\n## Two\n\n### Three\n\n#### Four"))
        .isEqualTo("<h3>One</h3>\n<h3>Two</h3>\n<h3>Three</h3>\n<h4>Four</h4>");
  }

  @Test
  void allowsMailtoLinks() {
    assertThat(markdown.toHtml("[write](mailto:help@example.org)"))
        .contains("href=\"mailto:help&#64;example.org\"");
  }

  @Test
  void writtenTextShowsRawHtmlAsVisibleInertText() {
    String html =
        markdown.writtenToHtml("It was **good**. <script>alert('x')</script> <b>bold?</b>");

    assertThat(html)
        .contains("<strong>good</strong>")
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
        .contains("&lt;b&gt;bold?&lt;/b&gt;")
        .doesNotContain("<script")
        .doesNotContain("<b>");
  }

  @Test
  void writtenTextShowsALinkThePageWillNotFollowAsItWasWritten() {
    String html =
        markdown.writtenToHtml(
            "See [a link](javascript:alert(1)), ![a photo](https://example.org/x.png)"
                + " and [the site](https://example.org).");

    assertThat(html)
        .contains("[a link](javascript:alert(1))")
        .contains("![a photo](https://example.org/x.png)")
        .containsPattern("<a href=\"https://example.org\" rel=\"[a-z ]+\">the site</a>")
        .doesNotContain("href=\"javascript")
        .doesNotContain("<img");
  }

  @Test
  void returnsNothingForNothing() {
    assertThat(markdown.toHtml(null)).isEmpty();
    assertThat(markdown.toHtml("  \n")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<script>alert(1)</script>",
        "text <script>alert(1)</script> text",
        "<img src=x onerror=alert(1)>",
        "<a href=\"https://example.org\" onclick=\"alert(1)\">x</a>",
        "<div onmouseover=\"alert(1)\">hover</div>",
        "<svg onload=alert(1)>",
        "<iframe src=\"https://example.org\"></iframe>",
        "<style>body{display:none}</style>",
        "<p style=\"color:red\">x</p>",
        "<object data=\"x.swf\"></object>"
      })
  void dropsRawHtml(String source) {
    String html = markdown.toHtml(source);

    assertThat(html.toLowerCase())
        .doesNotContain("<script")
        .doesNotContain("alert(1)</")
        .doesNotContain("onerror")
        .doesNotContain("onclick")
        .doesNotContain("onmouseover")
        .doesNotContain("onload")
        .doesNotContain("<iframe")
        .doesNotContain("<style")
        .doesNotContain("style=")
        .doesNotContain("<object")
        .doesNotContain("<img")
        .doesNotContain("<svg");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "[x](javascript:alert(1))",
        "[x](JavaScript:alert(1))",
        "[x]( javascript:alert(1))",
        "[x](java&#115;cript:alert(1))",
        "[x](&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1))",
        "[x](&#x6A;avascript:alert(1))",
        "[x](jav&#x09;ascript:alert(1))",
        "[x](javascript&colon;alert(1))",
        "[x](vbscript:msgbox(1))",
        "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "[x](DATA:text/html,<script>alert(1)</script>)",
        "[x](//evil.example/)",
        "[x](/relative/path)",
        "<javascript:alert(1)>",
        "[x][ref]\n\n[ref]: javascript:alert(1)"
      })
  void refusesLinksThatAreNotHttpHttpsOrMailto(String source) {
    String html = markdown.toHtml(source);

    assertThat(html).doesNotContain("href=").doesNotContain("<script");
  }

  @Test
  void escapesTextThatLooksLikeMarkup() {
    assertThat(markdown.toHtml("5 < 6 & <b>bold</b>")).startsWith("<p>5 &lt; 6 &amp; ");
  }

  @Test
  void textWithMoreOpeningBracketsThanAnyoneWritesIsShownAsWrittenWithoutTheSlowParse() {
    String text =
        "Intro <b>bold</b> & more\n\n"
            + "[".repeat(40_000)
            + "x"
            + "](".repeat(40_000)
            + "<".repeat(40_000);
    for (java.util.function.UnaryOperator<String> rendering :
        List.<java.util.function.UnaryOperator<String>>of(
            markdown::toHtml, markdown::writtenToHtml)) {
      long started = System.nanoTime();
      String html = rendering.apply(text);

      // Unbounded, this text takes minutes to parse; bounded, about a second. The limit is far from
      // both so that only a lost bound fails it.
      assertThat(java.time.Duration.ofNanos(System.nanoTime() - started))
          .isLessThan(java.time.Duration.ofSeconds(30));
      assertThat(html).startsWith("<p>Intro &lt;b&gt;bold&lt;/b&gt; &amp; more</p>");
      assertThat(html)
          .contains("[".repeat(40_000) + "x](")
          .doesNotContain("<a")
          .doesNotContain("<b>");
    }
  }

  @Test
  void textWithAsManyOpeningBracketsAsAllowedIsStillFormatted() {
    String text =
        "[".repeat(MarkdownRenderer.MAX_OPENING_BRACKETS - 1) + " [link](https://example.org) *em*";
    assertThat(markdown.toHtml(text))
        .contains("<a href=\"https://example.org\"")
        .contains("<em>em</em>");
  }
}
