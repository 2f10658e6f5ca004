package io.jenkins.plugins.systemtest.engine.render;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Escaping for HTML text and attribute values, and the rules for what may become a link.
 *
 * <p>Besides {@code & < > " '}, the escaping neutralises what could hide or disguise text: control characters and
 * unpaired surrogates become U+FFFD, bidirectional overrides and isolates (U+202A-U+202E, U+2066-U+2069) are shown
 * as a visible {@code [U+202E]}, and the line and paragraph separators U+2028/U+2029 are written as character
 * references.
 *
 * <p>Only two kinds of URL are ever put in an {@code href}: relative paths without a scheme, and absolute
 * {@code http}/{@code https} URLs. Everything else ({@code javascript:}, {@code data:}, {@code vbscript:},
 * protocol-relative {@code //host}, backslash tricks, URLs with control characters or white space) is refused.
 */
public final class Html {

    /** What an {@code href} gets when the URL it was given is not safe. */
    public static final String NO_LINK = "#";

    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
    private static final Pattern HTTP = Pattern.compile("^(?i:https?)://[^/\\\\?#@]+(?:[/?#][^\\\\]*)?$");

    private Html() {
    }

    /** The text escaped for an HTML text node; {@code null} becomes the empty string. */
    public static String text(String s) {
        return escape(s);
    }

    /** The text escaped for a double- or single-quoted HTML attribute value; {@code null} becomes empty. */
    public static String attribute(String s) {
        return escape(s);
    }

    private static String escape(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                case '\u2028' -> b.append("&#x2028;");
                case '\u2029' -> b.append("&#x2029;");
                case '\t', '\n', '\r' -> b.append(c);
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                        b.append(c).append(s.charAt(++i));
                    } else if (Character.isSurrogate(c) || isControl(c)) {
                        b.append('\uFFFD');
                    } else if (isBidiControl(c)) {
                        b.append("[U+").append(Integer.toHexString(c).toUpperCase(Locale.ROOT)).append(']');
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    /** C0 and C1 controls and DEL, tab and line breaks excepted. */
    static boolean isControl(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
    }

    /** Characters that reorder the text around them: embeddings, overrides and isolates. */
    static boolean isBidiControl(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    /**
     * The URL if it may be linked to: an absolute {@code http}/{@code https} URL with a host, or a relative path
     * without a scheme that does not start with {@code //} or a backslash. Empty for anything else.
     */
    public static Optional<String> safeUrl(String url) {
        if (url == null || url.isEmpty() || url.length() > 8192) {
            return Optional.empty();
        }
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c <= ' ' || isControl(c) || isBidiControl(c) || c == '\u2028' || c == '\u2029'
                    || Character.isSurrogate(c) || Character.isWhitespace(c)) {
                return Optional.empty();
            }
        }
        if (SCHEME.matcher(url).find()) {
            return HTTP.matcher(url).matches() ? Optional.of(url) : Optional.empty();
        }
        if (url.startsWith("//") || url.startsWith("\\") || url.startsWith("/\\")) {
            return Optional.empty();
        }
        String path = url.split("[?#]", 2)[0];
        if (path.indexOf(':') >= 0 || path.indexOf('\\') >= 0) {
            return Optional.empty();
        }
        return Optional.of(url);
    }

    /** The URL escaped for an {@code href} attribute, or {@link #NO_LINK} when it is not safe. */
    public static String href(String url) {
        return safeUrl(url).map(Html::attribute).orElse(NO_LINK);
    }

    /**
     * A relative path ({@code a/b c/index.html}) as a URL path with each segment percent-encoded, or empty when it
     * is absolute, empty, or has {@code .} or {@code ..} segments or backslashes.
     */
    public static Optional<String> relativePath(String path) {
        if (path == null || path.isEmpty() || path.startsWith("/") || path.indexOf('\\') >= 0) {
            return Optional.empty();
        }
        StringBuilder b = new StringBuilder();
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return Optional.empty();
            }
            if (b.length() > 0) {
                b.append('/');
            }
            b.append(encodeSegment(segment));
        }
        return Optional.of(b.toString());
    }

    private static String encodeSegment(String segment) {
        StringBuilder b = new StringBuilder();
        for (byte x : segment.getBytes(StandardCharsets.UTF_8)) {
            int c = x & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~') {
                b.append((char) c);
            } else {
                b.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return b.toString();
    }
}
