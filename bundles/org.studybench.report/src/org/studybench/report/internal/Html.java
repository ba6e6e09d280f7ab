package org.studybench.report.internal;

/** Minimal HTML text escaping for report output. */
final class Html {

    private Html() {
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Whether {@code url} may become a link in a report: http(s), mailto, or a relative address. A
     * study file is not trusted, so {@code javascript:}, {@code data:}, {@code file:} and the like are
     * shown as text, never as live links.
     */
    static boolean linkable(String url) {
        if (url == null || url.isBlank()) {
            return false;
        }
        String u = url.strip().toLowerCase(java.util.Locale.ROOT);
        if (u.startsWith("http://") || u.startsWith("https://") || u.startsWith("mailto:")) {
            return true;
        }
        int colon = u.indexOf(':');
        int end = firstOf(u, "/?#");
        // relative: no scheme before the path, and not a control character anywhere (browsers drop them and then see a scheme)
        return (colon < 0 || (end >= 0 && end < colon)) && !u.startsWith("//") && u.chars().noneMatch(c -> c < 0x20 || c == 0x7f);
    }

    private static int firstOf(String s, String chars) {
        int first = -1;
        for (char c : chars.toCharArray()) {
            int i = s.indexOf(c);
            if (i >= 0 && (first < 0 || i < first)) {
                first = i;
            }
        }
        return first;
    }
}
