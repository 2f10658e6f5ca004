package io.jenkins.plugins.systemtest.engine.render;

import io.jenkins.plugins.systemtest.engine.record.RunRecord;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Pattern;

/** Writes a run's summary page into a directory, with the stylesheet it links beside it. */
public final class RunSummaryPageWriter {

    /** The page's file name unless told otherwise. */
    public static final String DEFAULT_FILE_NAME = "summary.html";

    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*\\.html");

    private final RunSummaryHtmlRenderer renderer;

    /** A writer whose pages link reports relative to the page's own directory. */
    public RunSummaryPageWriter() {
        this(new RunSummaryHtmlRenderer());
    }

    public RunSummaryPageWriter(RunSummaryHtmlRenderer renderer) {
        this.renderer = renderer;
    }

    /** Writes {@code dir/summary.html} and {@code dir/system-tests.css}; returns the page. */
    public Path write(RunRecord run, Path dir) throws IOException {
        return write(run, dir, DEFAULT_FILE_NAME);
    }

    /**
     * Writes the page as {@code dir/fileName} (a plain file name ending in {@code .html}) and the stylesheet
     * beside it; returns the page.
     */
    public Path write(RunRecord run, Path dir, String fileName) throws IOException {
        if (!FILE_NAME.matcher(fileName).matches()) {
            throw new IllegalArgumentException("fileName: not a plain .html file name: " + fileName);
        }
        Files.createDirectories(dir);
        Path page = dir.resolve(fileName);
        Path partial = dir.resolve(fileName + ".part");
        try (Writer w = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
            renderer.render(run, w);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, page, StandardCopyOption.REPLACE_EXISTING);
        StaticAssets.copyStylesheet(dir);
        return page;
    }
}
