package io.jenkins.plugins.systemtest.engine.render;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes the command line's history page into a directory: {@code index.html} with the data as a JSON island,
 * {@code history.js} that draws it, {@code system-tests.css}, and {@code history.json} (the same data, for tools).
 * The page has no inline script, no event handler attribute and no style attribute, so it works under a strict
 * Content-Security-Policy, and it needs no network: it opens from {@code file://}.
 */
public final class HistoryPageWriter {

    /** The page's file name. */
    public static final String PAGE = "index.html";
    /** The data file's name. */
    public static final String DATA = "history.json";
    /** The id of the JSON island; the Jenkins page uses the same. */
    public static final String ISLAND_ID = "system-test-history";
    /** The id of the element history.js draws into; the Jenkins page uses the same. */
    public static final String MOUNT_ID = "system-test-history-view";

    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self'; base-uri 'none'; form-action 'none'";

    private final HistoryJson json = new HistoryJson();

    /** Writes the four files into the directory, creating it if needed; returns the page. */
    public Path write(HistoryView view, Path dir) throws IOException {
        Files.createDirectories(dir);
        StringWriter page = new StringWriter();
        render(view, page);
        replace(dir.resolve(PAGE), page.toString());
        replace(dir.resolve(DATA), json.toPrettyJson(view) + "\n");
        StaticAssets.copyHistoryScript(dir);
        StaticAssets.copyStylesheet(dir);
        return dir.resolve(PAGE);
    }

    /** Writes the page alone. */
    public void render(HistoryView view, Writer writer) throws IOException {
        HtmlWriter out = new HtmlWriter(writer);
        try {
            out.markup("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                    .markup("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                    .markup("<meta name=\"color-scheme\" content=\"light dark\">\n")
                    .markup("<meta name=\"referrer\" content=\"no-referrer\">\n")
                    .markup("<meta http-equiv=\"Content-Security-Policy\" content=\"" + CONTENT_SECURITY_POLICY
                            + "\">\n")
                    .element("title", Formats.clip(view.title(), 300))
                    .markup("\n<link rel=\"stylesheet\" href=\"" + StaticAssets.STYLESHEET + "\">\n")
                    .markup("<script src=\"" + StaticAssets.HISTORY_SCRIPT + "\" defer></script>\n</head>\n")
                    .markup("<body class=\"st-standalone st-history\">\n");
            out.open("main", "st-page");
            out.open("header", "st-header")
                    .element("p", "st-kicker", "System tests \u00b7 run history")
                    .element("h1", "st-title", Formats.clip(view.title(), 300))
                    .element("p", "st-note", view.runs().size() + (view.runs().size() == 1 ? " run" : " runs")
                            + " \u00b7 made " + Formats.instant(view.generatedAt()))
                    .close("header").markup("\n");
            out.markup("<noscript><p class=\"st-warning\">This page draws its tables and charts with JavaScript. "
                    + "The same data is in " + DATA + ".</p></noscript>\n");
            out.markup("<div id=\"" + MOUNT_ID + "\" class=\"st-history-view\"></div>\n");
            out.markup("<script type=\"application/json\" id=\"" + ISLAND_ID + "\">")
                    .markup(json.toScriptIsland(view))
                    .markup("</script>\n");
            out.close("main").markup("\n</body>\n</html>\n");
            writer.flush();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void replace(Path target, String text) throws IOException {
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        Files.writeString(partial, text, StandardCharsets.UTF_8);
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
    }
}
