package io.jenkins.plugins.systemtest.engine.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The hand-written labels of the failure corpus (src/test/resources/analysis/corpus/labels.tsv): for every failing
 * test, what a person reading its failure says it is.
 */
final class CorpusLabels {

    /**
     * One label.
     *
     * @param run   the result file or folder of the run (one run per file or folder)
     * @param test  the test id, class and name
     * @param infra whether the failure is the environment's rather than the product's
     * @param group the cause: tests with the same cause share it
     * @param root  the test the failure follows from, or empty for an independent failure
     * @param point the point of issue 8 the case exercises
     */
    record Label(String run, String test, boolean infra, String group, String root, String point) {

        /** The dialect: the run's name up to its first dash (go, pytest, surefire, ...). */
        String dialect() {
            int dash = run.indexOf('-');
            return dash < 0 ? run : run.substring(0, dash);
        }

        boolean follower() {
            return !root.isEmpty();
        }
    }

    private CorpusLabels() {
    }

    /** The folder of the corpus. */
    static Path folder() {
        URL url = CorpusLabels.class.getResource("/analysis/corpus/labels.tsv");
        if (url == null) {
            throw new IllegalStateException("no analysis/corpus/labels.tsv on the test class path");
        }
        try {
            return Path.of(url.toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The labels by run, in the order of the file. */
    static Map<String, List<Label>> byRun() {
        Map<String, List<Label>> runs = new LinkedHashMap<>();
        Path file = folder().resolve("labels.tsv");
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 6 || !(f[2].equals("INFRA") || f[2].equals("PRODUCT"))) {
                throw new IllegalArgumentException("labels.tsv:" + (i + 1) + ": expected 6 tab-separated fields"
                        + " with kind INFRA or PRODUCT: " + line);
            }
            Label label = new Label(f[0], f[1], f[2].equals("INFRA"), f[3], f[4].equals("-") ? "" : f[4], f[5]);
            runs.computeIfAbsent(label.run(), k -> new ArrayList<>()).add(label);
        }
        return runs;
    }
}
