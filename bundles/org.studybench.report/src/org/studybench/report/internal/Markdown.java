package org.studybench.report.internal;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Report text sections are Markdown (CommonMark). Raw HTML in the text is escaped, so a study file
 * cannot inject scripts or external resources into a self-contained report; output is XHTML.
 */
final class Markdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    private Markdown() {
    }

    static String html(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        // CommonMark writes void elements as <br /> and <hr />, which XML and the PDF renderer accept.
        String html = RENDERER.render(PARSER.parse(markdown));
        // A report fetches nothing: images that are not embedded (data:) become their alt text.
        return REMOTE_IMAGE.matcher(html).replaceAll(m -> java.util.regex.Matcher.quoteReplacement("[image: " + m.group(1) + "]"));
    }

    private static final java.util.regex.Pattern REMOTE_IMAGE = java.util.regex.Pattern.compile("<img src=\"(?!data:)[^\"]*\" alt=\"([^\"]*)\"[^>]*>");
}
