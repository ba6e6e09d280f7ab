package org.studybench.report.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.Iterator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.studybench.core.InputException;

/**
 * Report text sections are Markdown (CommonMark). Raw HTML in the text is escaped and link addresses
 * sanitized, so a study file cannot inject scripts or external resources into a self-contained
 * report; output is XHTML. Embedded ({@code data:}) images are measured from their headers before
 * anything decodes them, so a small text cannot expand into an image that exhausts memory.
 */
final class Markdown {

    /** Largest embedded image: 40 megapixels (a 8000 × 5000 picture) and 10 MB of image data. */
    static final long MAX_PIXELS = 40_000_000L;
    static final int MAX_BYTES = 10 * 1024 * 1024;

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final Pattern REMOTE_IMAGE = Pattern.compile("<img src=\"(?!data:)[^\"]*\" alt=\"([^\"]*)\"[^>]*>");
    private static final Pattern EMBEDDED_IMAGE = Pattern.compile("<img src=\"data:([^\";,]*)(;base64)?,([^\"]*)\" alt=\"([^\"]*)\"");

    private Markdown() {
    }

    /** The HTML of {@code markdown}; {@code where} names the text in messages ("report section 'Notes'"). */
    static String html(String markdown, String where) throws InputException {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        // CommonMark writes void elements as <br /> and <hr />, which XML and the PDF renderer accept.
        String html = RENDERER.render(PARSER.parse(markdown));
        Matcher embedded = EMBEDDED_IMAGE.matcher(html);
        while (embedded.find()) {
            checkEmbeddedImage(embedded.group(1), embedded.group(2) != null, embedded.group(3), embedded.group(4), where);
        }
        // A report fetches nothing: images that are not embedded (data:) become their alt text.
        return REMOTE_IMAGE.matcher(html).replaceAll(m -> Matcher.quoteReplacement("[image: " + m.group(1) + "]"));
    }

    private static void checkEmbeddedImage(String type, boolean base64, String data, String alt, String where) throws InputException {
        String image = "the embedded image" + (alt.isBlank() ? "" : " '" + alt + "'");
        if (!base64 || !type.startsWith("image/") || type.equals("image/svg+xml")) {
            throw new InputException(where + ": " + image + " is not a base64 PNG, JPEG or GIF picture (data:" + type + (base64 ? ";base64" : "") + ")");
        }
        if ((long) data.length() * 3 / 4 > MAX_BYTES) {
            throw new InputException(where + ": " + image + " holds " + (data.length() * 3L / 4 / 1024 / 1024) + " MB, above the limit of "
                    + MAX_BYTES / 1024 / 1024 + " MB for an image in a report; link to it instead or make it smaller");
        }
        byte[] bytes;
        try {
            bytes = Base64.getMimeDecoder().decode(data); // (CommonMark escapes no base64 character in attributes)
        } catch (IllegalArgumentException e) {
            throw new InputException(where + ": " + image + " is not valid base64 data", e);
        }
        long width;
        long height;
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new InputException(where + ": " + image + " is not a picture StudyBench can read (PNG, JPEG, GIF or BMP)");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                width = reader.getWidth(0); // from the header: nothing is decoded
                height = reader.getHeight(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            throw new InputException(where + ": " + image + " is damaged: its header cannot be read", e);
        }
        if (width * height > MAX_PIXELS) {
            throw new InputException(where + ": " + image + " is " + width + " × " + height + " pixels, above the limit of " + MAX_PIXELS / 1_000_000
                    + " megapixels for an image in a report; scale it down");
        }
    }
}
