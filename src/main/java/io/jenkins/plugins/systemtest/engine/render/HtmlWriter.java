package io.jenkins.plugins.systemtest.engine.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.regex.Pattern;

/**
 * Writes HTML elements to a {@link Writer}. Tag and class names must be plain identifiers chosen by the code;
 * every text and attribute value is escaped with {@link Html}, every link checked with {@link Html#safeUrl}.
 * Headings can be written some levels lower than asked ({@code h1} as {@code h2}), for a fragment that sits below
 * the heading of the page it is embedded in. I/O errors surface as {@link UncheckedIOException}.
 */
final class HtmlWriter {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");
    private static final Pattern CLASSES = Pattern.compile("[a-z][a-z0-9_-]*( [a-z][a-z0-9_-]*)*");

    private static final Pattern HEADING = Pattern.compile("h[1-6]");

    private final Writer out;
    private final int headingShift;

    HtmlWriter(Writer out) {
        this(out, 0);
    }

    /** A writer whose {@code h1} to {@code h6} come out {@code headingShift} levels lower (at most {@code h6}). */
    HtmlWriter(Writer out, int headingShift) {
        if (headingShift < 0 || headingShift > 5) {
            throw new IllegalArgumentException("headingShift must be 0 to 5: " + headingShift);
        }
        this.out = out;
        this.headingShift = headingShift;
    }

    /** Markup written by the code itself, never data. */
    HtmlWriter markup(String trusted) {
        return write(trusted);
    }

    HtmlWriter open(String tag) {
        return write("<" + name(tag) + ">");
    }

    HtmlWriter open(String tag, String cssClass) {
        return write("<" + name(tag) + " class=\"" + classes(cssClass) + "\">");
    }

    /** A start tag with a class and an id; the id is data and is escaped. */
    HtmlWriter open(String tag, String cssClass, String id) {
        return write("<" + name(tag) + " class=\"" + classes(cssClass) + "\" id=\"" + Html.attribute(id) + "\">");
    }

    HtmlWriter close(String tag) {
        return write("</" + name(tag) + ">");
    }

    /** Escaped text. */
    HtmlWriter text(String s) {
        return write(Html.text(s));
    }

    /** An element holding escaped text. */
    HtmlWriter element(String tag, String cssClass, String s) {
        return open(tag, cssClass).text(s).close(tag);
    }

    /** An element holding escaped text, without a class. */
    HtmlWriter element(String tag, String s) {
        return open(tag).text(s).close(tag);
    }

    /**
     * A point in time: {@code <time class="st-time" datetime="ISO">} holding the UTC time, readable as it is (the
     * command line's pages); in Jenkins, times.js shows it in the reader's time zone with how long ago it was.
     */
    HtmlWriter time(long epochMillis) {
        if (epochMillis <= 0) {
            return text("unknown");
        }
        return write("<time class=\"st-time\" datetime=\"" + Html.attribute(Formats.instant(epochMillis)) + "\">")
                .text(Formats.readableInstant(epochMillis)).close("time");
    }

    /** A link when the URL is safe, plain text otherwise. */
    HtmlWriter link(String url, String s) {
        var safe = Html.safeUrl(url);
        if (safe.isEmpty()) {
            return text(s);
        }
        String rel = safe.get().contains("://") ? " rel=\"noopener noreferrer\"" : "";
        return write("<a href=\"" + Html.attribute(safe.get()) + "\"" + rel + ">").text(s).close("a");
    }

    /** A text that is linked when it is itself a safe absolute http(s) URL. */
    HtmlWriter textOrLink(String s) {
        if (s != null && s.contains("://") && Html.safeUrl(s).isPresent()) {
            return link(s, s);
        }
        return text(s);
    }

    private HtmlWriter write(String s) {
        try {
            out.write(s);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String name(String tag) {
        if (!NAME.matcher(tag).matches()) {
            throw new IllegalArgumentException("not a tag name: " + tag);
        }
        if (headingShift > 0 && HEADING.matcher(tag).matches()) {
            return "h" + Math.min(6, tag.charAt(1) - '0' + headingShift);
        }
        return tag;
    }

    private static String classes(String cssClass) {
        if (!CLASSES.matcher(cssClass).matches()) {
            throw new IllegalArgumentException("not a class name: " + cssClass);
        }
        return cssClass;
    }
}
