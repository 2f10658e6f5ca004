package io.jenkins.plugins.systemtest.engine.report;

import io.jenkins.plugins.systemtest.engine.model.InvalidInputException;

import java.util.regex.Pattern;

/**
 * An HTML report directory to archive with the run.
 *
 * @param name  the report's name, shown on pages and used as a folder name ({@code Playwright})
 * @param dir   the directory, relative to the workspace ({@code playwright-report})
 * @param index the page to open, relative to {@code dir}; {@code index.html} when not given
 */
public record ReportSpec(String name, String dir, String index) {

    /** Report names become folder names: letters, digits, space, '.', '_' and '-'. */
    public static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 ._-]{0,63}");

    public ReportSpec {
        if (name == null || !NAME.matcher(name).matches() || name.endsWith(".") || name.endsWith(" ")) {
            throw new InvalidInputException("reports.name", "'" + name + "' is not a valid report name: use 1 to 64 "
                    + "letters, digits, spaces, '.', '_' or '-', starting with a letter or digit");
        }
        dir = WorkspacePaths.checkRelative("reports.dir", dir);
        index = index == null || index.isBlank() ? "index.html" : WorkspacePaths.checkRelative("reports.index", index);
    }

    /** Reads {@code NAME=DIR[:INDEX]}, the command line's form. */
    public static ReportSpec parse(String value) {
        int eq = value == null ? -1 : value.indexOf('=');
        if (eq <= 0) {
            throw new InvalidInputException("--report", "'" + value + "' is not NAME=DIR[:INDEX]");
        }
        String rest = value.substring(eq + 1);
        int colon = rest.lastIndexOf(':');
        if (colon > 0 && !(colon == 1 && rest.length() > 2 && (rest.charAt(2) == '\\' || rest.charAt(2) == '/'))) {
            return new ReportSpec(value.substring(0, eq), rest.substring(0, colon), rest.substring(colon + 1));
        }
        return new ReportSpec(value.substring(0, eq), rest, null);
    }
}
