package io.jenkins.plugins.systemtest.engine.render;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The script and stylesheet of the pages, read from the classpath. They are built from {@code src/main/webapp}
 * (where Jenkins serves them from the plugin) into {@code static/} beside this class.
 */
public final class StaticAssets {

    /** The stylesheet's file name, as linked by the pages. */
    public static final String STYLESHEET = "system-tests.css";
    /** The history page's script file name, as loaded by the page. */
    public static final String HISTORY_SCRIPT = "history.js";

    private static final String CSS_RESOURCE = "static/css/" + STYLESHEET;
    private static final String JS_RESOURCE = "static/js/" + HISTORY_SCRIPT;

    private StaticAssets() {
    }

    /** Copies the stylesheet into the directory, replacing an older copy. */
    public static Path copyStylesheet(Path dir) throws IOException {
        return copy(CSS_RESOURCE, dir.resolve(STYLESHEET));
    }

    /** Copies the history script into the directory, replacing an older copy. */
    public static Path copyHistoryScript(Path dir) throws IOException {
        return copy(JS_RESOURCE, dir.resolve(HISTORY_SCRIPT));
    }

    /** The stylesheet's text. */
    public static String stylesheet() throws IOException {
        return read(CSS_RESOURCE);
    }

    /** The history script's text. */
    public static String historyScript() throws IOException {
        return read(JS_RESOURCE);
    }

    private static Path copy(String resource, Path target) throws IOException {
        try (InputStream in = open(resource)) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = open(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static InputStream open(String resource) throws IOException {
        InputStream in = StaticAssets.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("missing from the classpath: " + StaticAssets.class.getPackageName()
                    .replace('.', '/') + "/" + resource + " (built from src/main/webapp)");
        }
        return in;
    }
}
