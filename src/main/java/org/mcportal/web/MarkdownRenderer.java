package org.mcportal.web;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.VisitHandler;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import io.quarkus.arc.Unremovable;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Turns the Markdown of credential files into HTML that is safe to put in a page or a PDF.
 *
 * <p>Credential files are trusted more than user input, but they are edited by hand and their text
 * reaches every visitor, so the output is treated as untrusted all the same: Flexmark drops raw
 * HTML, then an allow-list sanitizer keeps only text formatting, lists, headings and links whose
 * address is http, https or mailto. Headings of level 1 and 2 become level 3, because the page owns
 * those levels and screen-reader users navigate by them.
 *
 * <p>Both stages are immutable once built, so one instance serves every request.
 */
// Templates reach it through TemplateExtensions, which CDI cannot see as an injection point.
@Unremovable
@Singleton
public class MarkdownRenderer {

  /**
   * Flexmark's link parsing grows with the square of the number of opening brackets: 240,000
   * characters of brackets took about 40 s to parse. No text anyone writes needs this many, so
   * beyond it the text is shown as written, without formatting; at the bound a full 400,000
   * character field still renders in about 2 s on a loaded build machine.
   */
  static final int MAX_OPENING_BRACKETS = 500;

  private final Parser parser;
  private final HtmlRenderer renderer;
  private final Parser writtenParser;
  private final HtmlRenderer writtenRenderer;
  private final PolicyFactory policy;

  public MarkdownRenderer() {
    MutableDataSet options = new MutableDataSet();
    options.set(HtmlRenderer.SUPPRESS_HTML, true);
    this.parser = Parser.builder(options).build();
    this.renderer = HtmlRenderer.builder(options).build();
    MutableDataSet written = new MutableDataSet();
    written.set(HtmlRenderer.ESCAPE_HTML, true);
    this.writtenParser = Parser.builder(written).build();
    this.writtenRenderer = HtmlRenderer.builder(written).build();
    this.policy =
        new HtmlPolicyBuilder()
            .allowElements(
                "p",
                "h3",
                "h4",
                "h5",
                "h6",
                "ul",
                "ol",
                "li",
                "em",
                "strong",
                "code",
                "pre",
                "blockquote",
                "br",
                "hr",
                "a")
            .allowElements((element, attributes) -> "h3", "h1", "h2")
            .allowAttributes("start")
            .matching(Pattern.compile("[0-9]{1,4}"))
            .onElements("ol")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href")
            .matching((element, attribute, value) -> allowedLink(value) ? value : null)
            .onElements("a")
            .requireRelsOnLinks("noopener", "noreferrer")
            .toFactory();
  }

  /** Safe HTML for {@code markdown}; empty for null or blank text. */
  public String toHtml(String markdown) {
    if (markdown == null || markdown.isBlank()) {
      return "";
    }
    if (tooManyBrackets(markdown)) {
      return asPlainText(markdown);
    }
    String html = renderer.render(parser.parse(markdown));
    return policy.sanitize(html).trim();
  }

  /**
   * Safe HTML for what a person wrote, shown to someone who must read exactly that: raw HTML shows
   * as its visible text ("&lt;script&gt;" reads as typed, and runs nothing), and a link or image
   * the page will not follow shows as the Markdown that was written, not as a bare label.
   */
  public String writtenToHtml(String markdown) {
    if (markdown == null || markdown.isBlank()) {
      return "";
    }
    if (tooManyBrackets(markdown)) {
      return asPlainText(markdown);
    }
    Node document = writtenParser.parse(markdown);
    List<Node> shownAsWritten = new ArrayList<>();
    new NodeVisitor(
            new VisitHandler<>(Link.class, link -> keepIf(link, link.getUrl(), shownAsWritten)),
            new VisitHandler<>(Image.class, shownAsWritten::add))
        .visit(document);
    for (Node node : shownAsWritten) {
      node.insertBefore(new Text(node.getChars()));
      node.unlink();
    }
    return policy.sanitize(writtenRenderer.render(document)).trim();
  }

  private static boolean tooManyBrackets(String markdown) {
    int opening = 0;
    for (int i = 0; i < markdown.length(); i++) {
      if (markdown.charAt(i) == '[' && ++opening > MAX_OPENING_BRACKETS) {
        return true;
      }
    }
    return false;
  }

  /** The text as typed: HTML escaped, paragraphs at blank lines, line breaks kept. */
  private static String asPlainText(String markdown) {
    StringBuilder html = new StringBuilder();
    for (String paragraph : markdown.strip().split("\\R\\s*\\R")) {
      html.append("<p>")
          .append(escape(paragraph.strip()).replaceAll("\\R", "<br />"))
          .append("</p>\n");
    }
    return html.toString().trim();
  }

  private static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&#34;");
                case '\'' -> escaped.append("&#39;");
                case 0 -> escaped.append('\uFFFD');
                default -> escaped.appendCodePoint(c);
              }
            });
    return escaped.toString();
  }

  private static void keepIf(Node link, BasedSequence url, List<Node> shownAsWritten) {
    if (!allowedLink(url.toString())) {
      shownAsWritten.add(link);
    }
  }

  /**
   * The sanitizer hands over the decoded value, so entity tricks such as {@code java&#115;cript:}
   * arrive here spelled out; only an explicit safe scheme passes, which also refuses relative and
   * protocol-relative addresses that credential text never needs.
   */
  private static boolean allowedLink(String value) {
    String address = value.strip().toLowerCase(Locale.ROOT);
    return address.startsWith("https://")
        || address.startsWith("http://")
        || address.startsWith("mailto:");
  }
}
