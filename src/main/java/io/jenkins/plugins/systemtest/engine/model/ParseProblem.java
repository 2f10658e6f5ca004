package io.jenkins.plugins.systemtest.engine.model;

import java.util.Objects;

/**
 * A result file, or part of one, that could not be read. The other files still count.
 *
 * @param file    the file, relative to the results base directory
 * @param line    the line (1-based), or 0 when unknown
 * @param column  the column (1-based), or 0 when unknown
 * @param message what went wrong, for a person
 */
public record ParseProblem(String file, int line, int column, String message) {

    public ParseProblem {
        file = Objects.requireNonNullElse(file, "");
        message = Objects.requireNonNullElse(message, "");
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(file);
        if (line > 0) {
            b.append(':').append(line);
            if (column > 0) {
                b.append(':').append(column);
            }
        }
        return b.append(": ").append(message).toString();
    }
}
