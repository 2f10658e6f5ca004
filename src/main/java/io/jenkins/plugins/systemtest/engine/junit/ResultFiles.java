package io.jenkins.plugins.systemtest.engine.junit;

import io.jenkins.plugins.systemtest.engine.model.ParseProblem;

import java.util.List;

/**
 * What {@link ResultFileFinder} found.
 *
 * @param files   the files, relative to the base directory, sorted by their {@code /}-separated path
 * @param skipped files or directories that matched but were left alone (a link out of the base directory, a name
 *                with control characters), each with the reason; line and column are 0
 */
public record ResultFiles(List<java.nio.file.Path> files, List<ParseProblem> skipped) {

    public ResultFiles {
        files = List.copyOf(files);
        skipped = List.copyOf(skipped);
    }

    /** The skipped entries as messages for a log, one each. */
    public List<String> warnings() {
        return skipped.stream().map(ParseProblem::toString).toList();
    }
}
