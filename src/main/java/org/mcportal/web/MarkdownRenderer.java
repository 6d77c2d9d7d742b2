package org.mcportal.web;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import io.quarkus.arc.Unremovable;
import jakarta.inject.Singleton;
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

  private final Parser parser;
  private final HtmlRenderer renderer;
  private final PolicyFactory policy;

  public MarkdownRenderer() {
    MutableDataSet options = new MutableDataSet();
    options.set(HtmlRenderer.SUPPRESS_HTML, true);
    this.parser = Parser.builder(options).build();
    this.renderer = HtmlRenderer.builder(options).build();
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
    String html = renderer.render(parser.parse(markdown));
    return policy.sanitize(html).trim();
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
