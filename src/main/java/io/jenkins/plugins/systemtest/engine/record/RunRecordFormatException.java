package io.jenkins.plugins.systemtest.engine.record;

import io.jenkins.plugins.systemtest.engine.model.ParseProblem;

import java.io.IOException;
import java.util.Objects;

/** A run record (or history line) that cannot be read: broken JSON, a missing field, or a newer schema. */
public class RunRecordFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient ParseProblem problem;

    public RunRecordFormatException(ParseProblem problem, Throwable cause) {
        super(Objects.requireNonNull(problem, "problem").toString(), cause);
        this.problem = problem;
    }

    /** The file, line, column and message, ready to be listed with the other problems. */
    public ParseProblem problem() {
        return problem;
    }
}
