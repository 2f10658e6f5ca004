package io.jenkins.plugins.systemtest.engine.record;

import java.util.Objects;

/**
 * An HTML report archived with a run.
 *
 * @param name              the report's name as the user gave it ("Playwright")
 * @param path              where the archived copy is, relative to the run's artifacts or output directory,
 *                          with '/' separators ({@code system-tests/acme/e2e/Playwright})
 * @param index             the page to open, relative to {@code path} ({@code index.html})
 * @param files             how many files were archived
 * @param needsJavaScript   whether the report needs JavaScript to show (Playwright's does)
 * @param problem           why the report could not be archived, or empty
 */
public record ReportLink(String name, String path, String index, int files, boolean needsJavaScript,
        String problem) {

    public ReportLink {
        Objects.requireNonNull(name, "name");
        path = Objects.requireNonNullElse(path, "");
        index = Objects.requireNonNullElse(index, "index.html");
        problem = Objects.requireNonNullElse(problem, "");
    }
}
